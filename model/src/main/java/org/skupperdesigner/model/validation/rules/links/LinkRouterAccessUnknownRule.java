package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/** A link that names a RouterAccess the accepting site does not have. */
public final class LinkRouterAccessUnknownRule extends AbstractRule {

    public LinkRouterAccessUnknownRule() {
        super("link.router-access-unknown", Severity.ERROR,
                "A link names a RouterAccess that its accepting site does not have.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.of(ctx, l) == LinkVerdict.UNKNOWN_ROUTER_ACCESS) {
                reportField(out, "routerAccess",
                        "Link " + l.id() + " dials RouterAccess '" + l.routerAccess() + "' of site " + l.toSite()
                                + ", which has no RouterAccess of that name.",
                        "Pick one of the site's RouterAccesses, or clear the field to use its link access.",
                        LinkVerdict.elements(l));
            }
        }
    }
}
