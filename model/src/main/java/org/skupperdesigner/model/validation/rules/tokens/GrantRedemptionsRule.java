package org.skupperdesigner.model.validation.rules.tokens;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** redemptionsAllowed must not be negative (0 or unset means 1, B.5). */
public final class GrantRedemptionsRule extends AbstractSiteRule {

    public static final String ID = "grant.redemptions";

    public GrantRedemptionsRule() {
        super(ID, Severity.ERROR, "An AccessGrant allows a negative number of redemptions.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(AccessGrant.class).forEach(g -> {
            Integer n = g.spec().redemptionsAllowed();
            if (n != null && n < 0) {
                reportField(out, "spec.redemptionsAllowed",
                        g.kindAndName() + " in site " + site.id() + " allows " + n + " redemptions; no token "
                                + "could ever be redeemed.",
                        "Set redemptionsAllowed to the number of sites that will redeem it (default 1).",
                        site.elementId(g));
            }
        });
    }
}
