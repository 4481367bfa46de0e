package org.skupperdesigner.model.validation.rules.routingkeys;

import java.util.LinkedHashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * A listener whose key is served only by connectors in a different (unlinked) network of the design: the user
 * probably forgot a link.
 */
public final class KeyInOtherNetworkRule extends AbstractRule {

    public KeyInOtherNetworkRule() {
        super("routing-key.other-network", Severity.WARNING,
                "A listener's routing key is served only by connectors in a different, unlinked network.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.SERVICES;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (RoutingKeyMatches.ListenerMatch m : RoutingKeyMatches.of(ctx).listeners(
                RoutingKeyMatches.Outcome.OTHER_NETWORK)) {
            ServiceEndpoint l = m.listener();
            Set<String> sites = new LinkedHashSet<>();
            m.candidates().forEach(c -> sites.add(c.siteId()));
            reportField(out, l.keyField(), l.resource().kindAndName() + " in site " + l.siteId() + " uses routing key '"
                            + l.routingKey() + "', which is served only in site(s) " + String.join(", ", sites)
                            + ", not linked to " + l.siteId() + "'s network.",
                    "Link site " + l.siteId() + "'s network to " + sites.iterator().next()
                            + "'s, or add a connector on this side.", m.elementIds());
        }
    }
}
