package org.skupperdesigner.model.validation.rules.tokens;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** linkCost is copied into the created Links only when greater than 0 (B.6); other values are ignored. */
public final class TokenLinkCostRule extends AbstractSiteRule {

    public static final String ID = "token.link-cost";

    public TokenLinkCostRule() {
        super(ID, Severity.WARNING, "An AccessToken's linkCost is below 1 and will be ignored.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(AccessToken.class).forEach(t -> {
            Integer cost = t.spec().linkCost();
            if (cost != null && cost < 1) {
                reportField(out, "spec.linkCost", t.kindAndName() + " in site " + site.id() + " has linkCost " + cost
                                + "; only values above 0 are used, so its links get cost 1.",
                        "Set linkCost to 1 or more.", site.elementId(t));
            }
        });
    }
}
