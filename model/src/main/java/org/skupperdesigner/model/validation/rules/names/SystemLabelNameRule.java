package org.skupperdesigner.model.validation.rules.names;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * On docker, podman and linux sites Skupper checks names of Site, RouterAccess (and its tlsCredentials), Link,
 * AccessToken, AccessGrant, Listener, Connector and MultiKeyListener against the RFC 1123 label pattern: no dots,
 * no upper case (reference A.3, F.2). {@code skupper system start} fails otherwise.
 */
public final class SystemLabelNameRule extends AbstractSiteRule {

    public SystemLabelNameRule() {
        super("name.system-label", Severity.ERROR,
                "A name on a docker, podman or linux site is not an RFC 1123 label (no dots allowed).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.platform().isKubernetes()) {
            return;
        }
        for (SkupperResource r : site.resources()) {
            if (SystemNamedKinds.KINDS.contains(r.kind()) && !Names.isRfc1123Label(r.name())) {
                reportField(out, "metadata.name", r.kindAndName() + " in " + site.platform().id() + " site " + site.id()
                                + " has a name system mode rejects: " + Names.quote(r.name())
                                + " (lowercase letters, digits and '-' only, no dots).",
                        "Rename it, e.g. to '" + NameSuggestions.label(r.name()) + "'.", site.elementId(r));
            }
            if (r instanceof RouterAccess ra && ra.spec().tlsCredentials() != null
                    && !Names.isRfc1123Label(ra.spec().tlsCredentials())) {
                reportField(out, "spec.tlsCredentials",
                        r.kindAndName() + " in site " + site.id() + " names tlsCredentials "
                                + Names.quote(ra.spec().tlsCredentials()) + ", which system mode rejects.",
                        "Use a name of lowercase letters, digits and '-', e.g. '"
                                + NameSuggestions.label(ra.spec().tlsCredentials()) + "'.", site.elementId(r));
            }
        }
    }
}
