package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.validation.rules.access.RouterAccessRulesTest;
import org.skupperdesigner.model.validation.rules.links.LinkRulesTest;
import org.skupperdesigner.model.validation.rules.names.NameRulesTest;
import org.skupperdesigner.model.validation.rules.routingkeys.RoutingKeyRulesTest;
import org.skupperdesigner.model.validation.rules.services.ServiceRulesTest;
import org.skupperdesigner.model.validation.rules.sites.SiteRulesTest;
import org.skupperdesigner.model.validation.rules.tokens.TokenRulesTest;

class RuleCatalogueTest {

    static List<RuleCase> allCases() {
        return List.of(new NameRulesTest(), new SiteRulesTest(), new RouterAccessRulesTest(), new ServiceRulesTest(),
                        new LinkRulesTest(), new RoutingKeyRulesTest(), new TokenRulesTest()).stream()
                .flatMap(t -> t.rows().stream()).toList();
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        List<Rule> rules = RuleSet.standard().all();
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
            assertThat(r.id()).matches("[a-z0-9-]+\\.[a-z0-9-]+");
            assertThat(r.description()).isNotBlank();
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyRuleHasATableCase() {
        Set<String> tested = allCases().stream().map(RuleCase::ruleId).collect(Collectors.toSet());

        assertThat(RuleSet.standard().all()).extracting(Rule::id).allSatisfy(id -> assertThat(tested).contains(id));
    }

    @Test
    void everyRuleIsDocumentedWithItsSeverity() throws IOException {
        String doc = Files.readString(Path.of("../docs/validation-rules.md"), StandardCharsets.UTF_8);

        for (Rule r : RuleSet.standard().all()) {
            assertThat(doc).as("docs/validation-rules.md row for %s", r.id())
                    .contains("| `" + r.id() + "` | " + r.severity().label() + " |");
        }
    }
}
