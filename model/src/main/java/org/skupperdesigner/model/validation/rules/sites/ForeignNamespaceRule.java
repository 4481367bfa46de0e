package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * A resource that names another namespace than its site's belongs to whatever Site that namespace has, not to this
 * one (A.1). AttachedConnectors are exempt: they live in a workload namespace by design (B.8).
 */
public final class ForeignNamespaceRule extends AbstractSiteRule {

    public ForeignNamespaceRule() {
        super("site.foreign-namespace", Severity.ERROR,
                "A resource names a namespace other than its site's, so it does not belong to the site.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            String ns = r.metadata().namespace();
            if (ns != null && !ns.equals(site.namespace()) && !(r instanceof AttachedConnector)) {
                reportField(out, "metadata.namespace",
                        r.kindAndName() + " is drawn in site " + site.id() + " but names namespace '" + ns
                                + "', not the site's namespace '" + site.namespace() + "'; it would be applied to '"
                                + ns + "' and belong to no site of this design.",
                        "Remove metadata.namespace (the site's namespace is used), or move the resource to the site "
                                + "of namespace '" + ns + "'.", site.elementId(r));
            }
        }
    }
}
