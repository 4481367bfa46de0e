package org.skupperdesigner.model.validation.rules.names;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * On Kubernetes a listener's {@code host} becomes the name of a Service, so it must be a DNS-1035 label: starts with
 * a letter, lowercase letters, digits and '-', at most 63 characters (reference A.3, B.3).
 */
public final class ListenerHostServiceNameRule extends AbstractSiteRule {

    public ListenerHostServiceNameRule() {
        super("name.listener-host", Severity.ERROR,
                "A listener's host on a Kubernetes site is not a valid Service name (DNS-1035 label).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        for (SkupperResource r : site.resources()) {
            String host = null;
            if (r instanceof Listener l) {
                host = l.spec().host();
            } else if (r instanceof MultiKeyListener m) {
                host = m.spec().host();
            }
            if (host != null && !host.isEmpty() && !Names.isServiceName(host)) {
                reportField(out, "spec.host",
                        r.kindAndName() + " in site " + site.id() + " has host " + Names.quote(host)
                                + "; on Kubernetes the host is the name of the Service Skupper creates, so it must "
                                + "start with a letter and use only lowercase letters, digits and '-' (at most 63).",
                        "Use a Service name such as '" + NameSuggestions.serviceName(host) + "'.", site.elementId(r));
            }
        }
    }
}
