package org.skupperdesigner.model.validation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.ValidationReport;
import org.skupperdesigner.model.validation.Validator;

class SyntheticDesignsTest {

    @Test
    void theBenchmarkDesignHasAThousandSitesTenThousandResourcesAndNoErrors() {
        Network network = SyntheticDesigns.generate(1000, 1);

        ValidationReport report = new Validator().validate(network);

        assertThat(network.sites()).hasSize(1000);
        assertThat(SyntheticDesigns.resourceCount(network)).isEqualTo(10_000);
        assertThat(report.errors()).isEmpty();
        assertThat(report.byRule("internal.rule-failed")).isEmpty();
    }
}
