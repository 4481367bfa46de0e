package org.skupperdesigner.model.validation.rules.sites;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Every resource belongs to the Site of its namespace; without one, Skupper configures none of them (A.1). */
public final class MissingSiteResourceRule extends AbstractSiteRule {

    public MissingSiteResourceRule() {
        super("site.missing-site-resource", Severity.ERROR, "A site has no Site resource.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (site.resourcesOf(Site.class).findAny().isEmpty()) {
            report(out, "Site " + site.id() + " (namespace " + site.namespace() + ") has no Site resource, so "
                            + "Skupper configures none of its resources (\"No active site in namespace\").",
                    "Add a Site resource to it.", site.elementId());
        }
    }
}
