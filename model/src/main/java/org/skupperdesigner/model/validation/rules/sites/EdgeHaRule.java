package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** "Edge sites cannot have HA enabled", on every platform (B.1). */
public final class EdgeHaRule extends AbstractSiteRule {

    public static final String ID = "site.edge-ha";

    public EdgeHaRule() {
        super(ID, Severity.ERROR, "An edge site has HA enabled.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.isEdge() && site.siteSpec().isHa()) {
            reportField(out, "spec.ha",
                    "Site " + site.id() + " is an edge site with ha: true; Skupper rejects it (\"Edge sites "
                            + "cannot have HA enabled\").",
                    "Turn off ha, or make the site interior (edge: false).",
                    site.siteResource().map(site::elementId).orElse(site.elementId()));
        }
    }
}
