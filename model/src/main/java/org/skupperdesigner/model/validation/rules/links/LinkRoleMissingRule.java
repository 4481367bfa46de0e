package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.SiteAccess;

/**
 * Edge sites dial the {@code edge} role, interior sites the {@code inter-router} role; when the accepting site's
 * access lacks that role the link is silently not configured (B.2, E.5).
 */
public final class LinkRoleMissingRule extends AbstractRule {

    public LinkRoleMissingRule() {
        super("link.role-missing", Severity.ERROR,
                "The accepting site's router access lacks the role the dialing site needs (edge or inter-router).");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.of(ctx, l) == LinkVerdict.ROLE_MISSING) {
                String role = SiteAccess.dialRole(ctx.site(l.fromSite()));
                reportField(out, "routerAccess",
                        "Link " + l.id() + ": " + (role.equals("edge") ? "edge" : "interior") + " site "
                                + l.fromSite() + " dials the '" + role + "' role, but "
                                + (l.routerAccess() == null ? "no RouterAccess of site " + l.toSite()
                                        : "RouterAccess '" + l.routerAccess() + "' of site " + l.toSite())
                                + " offers it; the link is never configured.",
                        "Add the '" + role + "' role to the RouterAccess, or set linkAccess on site " + l.toSite()
                                + " (which offers both roles).", LinkVerdict.elements(l));
            }
        }
    }
}
