package org.skupperdesigner.model.validation.rules.access;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * RouterAccess roles are {@code inter-router} and {@code edge} (system mode also has the internal {@code normal}),
 * each at most once (B.7, F.2).
 */
public final class RouterAccessRolesRule extends AbstractSiteRule {

    public RouterAccessRolesRule() {
        super("router-access.roles", Severity.ERROR,
                "A RouterAccess has a role other than inter-router or edge, or the same role twice.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(RouterAccess.class).forEach(ra -> {
            Set<String> seen = new HashSet<>();
            for (RouterAccessRole role : ra.spec().roles()) {
                String name = role.name();
                boolean known = RouterAccessRole.INTER_ROUTER.equals(name) || RouterAccessRole.EDGE.equals(name)
                        || "normal".equals(name) && !site.platform().isKubernetes();
                if (!known) {
                    reportField(out, "spec.roles", ra.kindAndName() + " in site " + site.id() + " has role '" + name
                                    + "'; sites dial only the roles inter-router and edge.",
                            "Use inter-router (for interior sites) and/or edge (for edge sites).",
                            site.elementId(ra));
                } else if (!seen.add(name)) {
                    reportField(out, "spec.roles",
                            ra.kindAndName() + " in site " + site.id() + " lists role '" + name + "' twice.",
                            "Keep one entry per role.", site.elementId(ra));
                }
            }
        });
    }
}
