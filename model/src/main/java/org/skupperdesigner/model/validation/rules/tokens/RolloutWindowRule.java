package org.skupperdesigner.model.validation.rules.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.rules.links.LinkVerdict;
import org.skupperdesigner.model.validation.support.GoDuration;

/**
 * Token links whose grant would expire before the token is redeemed, given the rollout order (see
 * {@link RolloutPlan}). The grant's window is the longest among the accepting site's AccessGrants, else the
 * default 15m. The finding shows the computed order.
 */
public final class RolloutWindowRule extends AbstractRule {

    private static final Duration DEFAULT_WINDOW = GoDuration.parse(AccessGrantSpec.DEFAULT_EXPIRATION_WINDOW)
            .orElseThrow();

    public RolloutWindowRule() {
        super("token.rollout-window", Severity.WARNING,
                "In the computed rollout order a token is redeemed after its grant's expiration window.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        boolean tokensMode = ctx.network().linkMode() == LinkMode.TOKENS;
        List<NetworkLink> tokenLinks = new ArrayList<>();
        for (NetworkLink l : ctx.network().links()) {
            if (LinkVerdict.realizedByToken(l) || tokensMode && l.realizedBy() == null) {
                tokenLinks.add(l);
            }
        }
        if (tokenLinks.isEmpty()) {
            return;
        }
        RolloutPlan plan = new RolloutPlan(ctx.network().sites(), tokenLinks, ctx.options());
        for (NetworkLink l : tokenLinks) {
            NetworkSite to = ctx.site(l.toSite());
            if (to == null || ctx.site(l.fromSite()) == null || l.fromSite().equals(l.toSite())) {
                continue;
            }
            Duration window = windowOf(to);
            Duration wait = plan.waitOf(l);
            if (wait.compareTo(window) > 0) {
                int from = plan.waveOf(l.toSite());
                int until = plan.isLate(l) ? plan.waves().size() - 1 : plan.waveOf(l.fromSite());
                report(out, "Link " + l.id() + ": in the rollout order " + plan.describe(from, until)
                                + (plan.isLate(l) ? " (then " + l.fromSite() + " again, as its links form a cycle)"
                                : "") + ", site " + l.fromSite() + " redeems its token about "
                                + GoDuration.format(wait) + " after " + l.toSite() + " issues the grant, but the "
                                + "grant expires after " + GoDuration.format(window) + ".",
                        "Raise the grant's expirationWindow to at least " + GoDuration.format(wait.plusMinutes(5))
                                + ", or issue the grant for " + l.fromSite() + " only when " + l.fromSite()
                                + " is about to be applied.",
                        LinkVerdict.elements(l));
            }
        }
    }

    private static Duration windowOf(NetworkSite acceptor) {
        return acceptor.resourcesOf(AccessGrant.class).map(GrantExpirationWindowRule::windowOf)
                .flatMap(java.util.Optional::stream).max(Duration::compareTo).orElse(DEFAULT_WINDOW);
    }
}
