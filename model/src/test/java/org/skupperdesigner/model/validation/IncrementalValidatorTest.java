package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;

class IncrementalValidatorTest {

    @Test
    void givesTheSameReportAsAFreshValidatorAfterEveryEdit() {
        IncrementalValidator incremental = new IncrementalValidator();
        Validator fresh = new Validator();
        Network n = ValidFixtures.network();
        incremental.validate(n);
        for (RuleCase c : RuleCatalogueTest.allCases()) {
            Network edited = c.mutation().apply(n);

            assertThat(incremental.validate(edited)).as(c.toString()).isEqualTo(fresh.validate(edited));
            assertThat(incremental.validate(n)).as("undo of " + c).isEqualTo(fresh.validate(n));
        }
    }

    @Test
    void rechecksOnlyTheSiteThatChanged() {
        IncrementalValidator incremental = new IncrementalValidator();
        Network n = ValidFixtures.network();
        incremental.validate(n);
        assertThat(incremental.sitesRecheckedLastTime()).isEqualTo(4);

        Network edited = Mutations.edit("east", Listener.class, "payments",
                l -> l.withSpec(l.spec().withPort(9091))).apply(n);
        incremental.validate(edited);

        assertThat(incremental.sitesRecheckedLastTime()).isEqualTo(1);
    }

    @Test
    void reusesNetworkFindingsWhenOnlyAPortChanges() {
        IncrementalValidator incremental = new IncrementalValidator();
        Network n = ValidFixtures.network();
        incremental.validate(n);

        incremental.validate(Mutations.edit("east", Listener.class, "payments",
                l -> l.withSpec(l.spec().withPort(9091))).apply(n));
        assertThat(incremental.scopesRerunLastTime()).isZero();

        Network costlier = Mutations.onLink("east-to-hub", l -> l.withCost(3)).apply(n);
        incremental.validate(costlier);
        assertThat(incremental.scopesRerunLastTime()).as("topology only").isEqualTo(1);

        incremental.validate(Mutations.edit("east", Listener.class, "payments",
                l -> l.withSpec(l.spec().withRoutingKey("ledger"))).apply(costlier));
        assertThat(incremental.scopesRerunLastTime()).as("services only").isEqualTo(1);
    }

    @Test
    void anEqualButRebuiltSiteIsNotRechecked() {
        IncrementalValidator incremental = new IncrementalValidator();
        incremental.validate(ValidFixtures.network());

        incremental.validate(ValidFixtures.network());

        assertThat(incremental.sitesRecheckedLastTime()).isZero();
    }
}
