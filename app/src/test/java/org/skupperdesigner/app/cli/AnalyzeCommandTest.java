package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    static final String HUB = Path.of("../examples/hub-and-spoke.skupper-design.yaml").toString();

    @Test
    void reportsNetworksSinglePointsAndReachability() {
        CliRun run = CliRun.of(new AnalyzeCommand(), HUB);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Networks: 1").contains("Exposure").contains("Single points of failure")
                .contains("Reachability").contains("first pick");
    }

    @Test
    void whatIfBySiteNameAndByLinkEnds() {
        CliRun run = CliRun.of(new AnalyzeCommand(), HUB, "--what-if", "site/hub", "--what-if", "link/spoke-hub",
                "--paths");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("What if site/hub is removed").contains("What if link/")
                .contains("lose every connector");
    }

    @Test
    void json() {
        CliRun run = CliRun.of(new AnalyzeCommand(), "--format", "json", HUB);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"reachability\"").contains("\"routes\"").contains("\"exposure\"");
    }

    @Test
    void anUnknownWhatIfTargetIsAUsageError() {
        CliRun run = CliRun.of(new AnalyzeCommand(), HUB, "--what-if", "site/atlantis");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("site/atlantis");
    }
}
