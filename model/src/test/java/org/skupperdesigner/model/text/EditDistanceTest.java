package org.skupperdesigner.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.validation.rules.routingkeys.RoutingKeyMatches;

class EditDistanceTest {

    @Test
    void boundedLevenshtein() {
        assertThat(EditDistance.within("payments", "payment", 2)).isEqualTo(1);
        assertThat(EditDistance.within("databse", "database", 2)).isEqualTo(1);
        assertThat(EditDistance.within("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.within("abc", "abc", 2)).isZero();
        assertThat(EditDistance.within("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void theClosestNameIgnoresCaseAndSeparatorsCountsASwapAsOneEditAndGivesUpBeyondTheBound() {
        java.util.List<String> fields = java.util.List.of("linkAccess", "ha", "edge", "settings");

        assertThat(EditDistance.closest("LinkAccess", fields, 2)).isEqualTo("linkAccess");
        assertThat(EditDistance.closest("linkAcess", fields, 2)).isEqualTo("linkAccess");
        assertThat(EditDistance.closest("egde", fields, 1)).as("a swap").isEqualTo("edge");
        assertThat(EditDistance.closest("DB_MAIN", java.util.List.of("db-main"), 0)).as("case and '_' are free")
                .isEqualTo("db-main");
        assertThat(EditDistance.closest("colour", fields, 2)).isNull();
        assertThat(EditDistance.closest("hb", java.util.List.of("ha", "hc"), 1)).as("ties: the first").isEqualTo("ha");
    }

    @Test
    void nearMissesCoverCaseSeparatorsAndTyposButNotShortOrNumberedKeys() {
        Set<String> keys = Set.of("db-main", "payments", "mq", "svc-13", "orders");

        assertThat(RoutingKeyMatches.nearMisses("DB_main", keys, 2)).containsExactly("db-main");
        assertThat(RoutingKeyMatches.nearMisses("payment", keys, 2)).containsExactly("payments");
        assertThat(RoutingKeyMatches.nearMisses("db", keys, 2)).isEmpty();
        assertThat(RoutingKeyMatches.nearMisses("svc-12", keys, 2)).isEmpty();
    }
}
