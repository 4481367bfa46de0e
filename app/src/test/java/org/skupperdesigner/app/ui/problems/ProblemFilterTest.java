package org.skupperdesigner.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;

class ProblemFilterTest {

    private final Network helloWorld = DesignTemplate.HELLO_WORLD.build();

    @Test
    void aProblemConcernsTheSitesOfItsResourcesAndBothEndsOfItsLinks() {
        assertThat(ProblemFilter.concerns(about("west/Listener/backend"), "west", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("west/Listener/backend"), "east", helloWorld)).isFalse();
        assertThat(ProblemFilter.concerns(about("site/east"), "east", helloWorld)).isTrue();
        // east dials west
        assertThat(ProblemFilter.concerns(about("link/east-to-west"), "west", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("link/east-to-west"), "east", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("link/gone"), "east", helloWorld)).isFalse();
        assertThat(ProblemFilter.concerns(new Diagnostic(Severity.ERROR, "t", "m", List.of(), "", null), "east",
                helloWorld)).isFalse();
    }

    private static Diagnostic about(String element) {
        return new Diagnostic(Severity.WARNING, "t", "m", List.of(element), "", null);
    }
}
