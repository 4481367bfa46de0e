package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Edge sites cannot accept links, so link access or a RouterAccess on one is a mistake (E.5). */
public final class EdgeLinkAccessRule extends AbstractSiteRule {

    public static final String ID = "site.edge-link-access";

    public EdgeLinkAccessRule() {
        super(ID, Severity.ERROR, "An edge site is set up to accept links (linkAccess or a "
                + "RouterAccess), which edge sites cannot do.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.isEdge()) {
            return;
        }
        if (site.siteSpec().hasLinkAccess()) {
            reportField(out, "spec.linkAccess",
                    "Edge site " + site.id() + " has linkAccess '" + site.siteSpec().linkAccess()
                            + "', but edge sites cannot accept links.",
                    "Remove linkAccess, or make the site interior if other sites must link to it.",
                    site.siteResource().map(site::elementId).orElse(site.elementId()));
        }
        site.resourcesOf(RouterAccess.class).forEach(ra -> report(out, "Edge site " + site.id() + " has "
                        + ra.kindAndName() + ", but edge sites cannot accept links.",
                "Remove the RouterAccess, or make the site interior.", site.elementId(ra)));
    }
}
