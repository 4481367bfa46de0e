package org.skupperdesigner.model.validation.rules.names;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/** On system sites a listener or connector host is an IP address or a lowercase host name (reference A.3). */
public final class SystemHostRule extends AbstractSiteRule {

    public SystemHostRule() {
        super("name.system-host", Severity.ERROR,
                "A listener or connector host on a docker, podman or linux site is neither an IP address nor a "
                        + "valid host name.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.platform().isKubernetes()) {
            return;
        }
        for (SkupperResource r : site.resources()) {
            String host = null;
            if (r instanceof Listener l) {
                host = l.spec().host();
            } else if (r instanceof MultiKeyListener m) {
                host = m.spec().host();
            } else if (r instanceof Connector c) {
                host = c.spec().host();
            }
            if (host != null && !host.isEmpty() && !Names.isSystemHost(host)) {
                reportField(out, "spec.host",
                        r.kindAndName() + " in site " + site.id() + " has host " + Names.quote(host)
                                + ", which is neither an IP address nor a host name system mode accepts.",
                        "Use an IP address (0.0.0.0 to listen everywhere) or a lowercase host name.",
                        site.elementId(r));
            }
        }
    }
}
