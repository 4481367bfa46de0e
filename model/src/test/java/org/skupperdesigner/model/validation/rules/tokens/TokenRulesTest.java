package org.skupperdesigner.model.validation.rules.tokens;

import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.onLink;
import static org.skupperdesigner.model.validation.Mutations.siteSpec;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AccessTokenSpec;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class TokenRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("grant.redemptions", "redemptions -1", grantSpec(-1, "30m")),
                of("grant.expiration-window", "window '15 minutes'", grantSpec(2, "15 minutes")),
                of("grant.expiration-window", "window 0s", grantSpec(2, "0s")),
                of("grant.site-cannot-accept", "grant on hub after its link access is removed",
                        siteSpec("hub", s -> s.withLinkAccess("none"))),
                of("grant.site-cannot-accept", "grant on an edge site",
                        siteSpec("hub", s -> s.withEdge(true))),
                of("token.url", "http url", tokenSpec("http://grant.hub.example.com/5d2c", 1)),
                of("token.url", "not a url", tokenSpec("grant server", 1)),
                of("token.link-cost", "linkCost 0", tokenSpec("https://grant.hub.example.com:9090/5d2c", 0)),
                of("token.cost-mismatch", "drawn cost 3, token cost 1", onLink("lab-to-hub", l -> l.withCost(3))),
                of("token.target-no-access", "hub without link access",
                        siteSpec("hub", s -> s.withLinkAccess("none"))),
                of("token.rollout-window", "hub's grant lasts one minute", grantSpec(2, "1m")));
    }

    private static java.util.function.UnaryOperator<org.skupperdesigner.model.network.Network> grantSpec(
            Integer redemptions, String window) {
        return edit("hub", AccessGrant.class, "hub-grant", g -> g.withSpec(new AccessGrantSpec(redemptions, window,
                null, null, Map.of(), Map.of())));
    }

    private static java.util.function.UnaryOperator<org.skupperdesigner.model.network.Network> tokenSpec(
            String url, Integer cost) {
        return edit("lab", AccessToken.class, "to-hub", t -> t.withSpec(new AccessTokenSpec(url, t.spec().code(),
                t.spec().ca(), cost, Map.of(), Map.of())));
    }
}
