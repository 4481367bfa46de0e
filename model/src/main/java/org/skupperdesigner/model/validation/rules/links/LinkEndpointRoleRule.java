package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.SiteAccess;

/**
 * A Link resource must carry an endpoint for the role its site dials with ({@code edge} on edge sites,
 * {@code inter-router} otherwise); if it is missing the link is silently not configured (B.2).
 */
public final class LinkEndpointRoleRule extends AbstractSiteRule {

    public LinkEndpointRoleRule() {
        super("link.endpoint-role-missing", Severity.ERROR,
                "A Link resource has no endpoint for the role its site dials (edge or inter-router).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        String role = SiteAccess.dialRole(site);
        site.resourcesOf(Link.class).forEach(link -> {
            if (!link.spec().endpoints().isEmpty()
                    && link.spec().endpoints().stream().noneMatch(e -> role.equals(e.name()))) {
                reportField(out, "spec.endpoints",
                        link.kindAndName() + " in " + (site.isEdge() ? "edge" : "interior") + " site " + site.id()
                                + " has no '" + role + "' endpoint, so the router never dials it.",
                        "Add an endpoint named '" + role + "' (regenerate the link from the accepting site).",
                        site.elementId(link));
            }
        });
    }
}
