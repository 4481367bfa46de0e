package org.skupperdesigner.model.validation.rules.tokens;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.SiteAccess;

/**
 * A grant only works on a site that accepts links: not edge ("Edge sites cannot accept incoming links from remote
 * sites") and with link access (B.5, E.4). System sites are covered by {@code platform.kube-only-kind}.
 */
public final class GrantSiteRule extends AbstractSiteRule {

    public GrantSiteRule() {
        super("grant.site-cannot-accept", Severity.ERROR,
                "An AccessGrant is in a site that cannot accept links (edge, or no link access).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!site.platform().isKubernetes()) {
            return;
        }
        SiteAccess access = SiteAccess.of(site);
        site.resourcesOf(AccessGrant.class).forEach(g -> {
            if (site.isEdge()) {
                report(out, g.kindAndName() + " is in edge site " + site.id() + "; \"Edge sites cannot accept "
                                + "incoming links from remote sites\".",
                        "Issue the grant from an interior site with link access.", site.elementId(g));
            } else if (!access.declaresAccess()) {
                report(out, g.kindAndName() + " is in site " + site.id() + ", which has no link access, so tokens "
                                + "redeemed from it yield links that cannot connect.",
                        "Set linkAccess: default on site " + site.id() + ".", site.elementId(g));
            }
        });
    }
}
