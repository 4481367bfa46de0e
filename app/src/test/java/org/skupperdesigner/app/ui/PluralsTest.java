package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralsTest {

    @Test
    void oneIsSingularAndEverythingElsePlural() {
        assertThat(Plurals.count(1, "link")).isEqualTo("1 link");
        assertThat(Plurals.count(0, "link")).isEqualTo("0 links");
        assertThat(Plurals.count(4, "site")).isEqualTo("4 sites");
    }
}
