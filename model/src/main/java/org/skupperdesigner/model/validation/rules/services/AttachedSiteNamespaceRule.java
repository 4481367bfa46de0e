package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** An AttachedConnector drawn in a site but naming another siteNamespace attaches to that namespace, not here. */
public final class AttachedSiteNamespaceRule extends AbstractSiteRule {

    public AttachedSiteNamespaceRule() {
        super("attached.site-namespace", Severity.ERROR,
                "An AttachedConnector's siteNamespace is not the namespace of the site it is drawn in.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(AttachedConnector.class).forEach(c -> {
            String ns = c.spec().siteNamespace();
            if (ns != null && !ns.isBlank() && !ns.equals(site.namespace())) {
                reportField(out, "spec.siteNamespace",
                        c.kindAndName() + " is drawn in site " + site.id() + " (namespace " + site.namespace()
                                + ") but attaches to siteNamespace '" + ns + "'.",
                        "Set siteNamespace to '" + site.namespace() + "', or move it to the site of namespace '"
                                + ns + "'.", site.elementId(c));
            }
        });
    }
}
