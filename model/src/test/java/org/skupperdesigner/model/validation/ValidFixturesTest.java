package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidFixturesTest {

    @Test
    void theValidFixtureIsCleanUnderEveryRule() {
        ValidationReport report = new Validator().validate(ValidFixtures.network());

        assertThat(report.diagnostics()).isEmpty();
    }
}
