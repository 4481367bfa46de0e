package org.skupperdesigner.model.validation.rules.routingkeys;

import static org.skupperdesigner.model.validation.Mutations.append;
import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.removeLink;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;

import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class RoutingKeyRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("routing-key.unmatched-listener", "listener for ledger, which nothing serves",
                        edit("east", Listener.class, "payments", l -> l.withSpec(l.spec().withRoutingKey("ledger")))),
                of("routing-key.other-network", "lab unlinked: its db listener is served only at hub",
                        removeLink("lab-to-hub")),
                of("routing-key.near-miss", "listener for 'payment' (connector has 'payments')",
                        edit("east", Listener.class, "payments",
                                l -> l.withSpec(l.spec().withRoutingKey("payment")))),
                of("routing-key.near-miss", "listener for 'Payments' (case only)",
                        edit("east", Listener.class, "payments",
                                l -> l.withSpec(l.spec().withRoutingKey("Payments")))),
                of("routing-key.unused-connector", "a cache connector no one uses",
                        append("hub", Resources.selectorConnector("cache", "cache", "app=cache", 6379))));
    }
}
