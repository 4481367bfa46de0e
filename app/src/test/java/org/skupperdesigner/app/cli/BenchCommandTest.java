package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.router.bench.BenchMeasure;
import org.skupperdesigner.router.bench.BenchReport;
import org.skupperdesigner.router.bench.BenchSettings;

/** {@code skupper-designer bench}: options reach the bench, output formats, exit codes (bench stubbed). */
class BenchCommandTest {
    private final AtomicReference<BenchSettings> ran = new AtomicReference<>();

    private BenchCommand command(boolean allMet) {
        BenchCommand command = new BenchCommand();
        command.runner = (settings, progress) -> {
            ran.set(settings);
            progress.println("bench: stub");
            return new BenchReport(settings, Map.of("cores", "2"), List.of(
                    new BenchMeasure("B1-1", "throughput, 2 sites, plain link, 1 stream", "x direct",
                            allMet ? 0.61 : 0.30, ">=", 0.45, List.of(0.6, 0.61, 0.7), "direct 20 Gbit/s"),
                    new BenchMeasure("CPU-plain", "router CPU per GB moved", "s/GB", 0.7, "", Double.NaN,
                            List.of(0.7), "")));
        };
        return command;
    }

    @Test
    void printsATableWithTheTargetsAndPassesTheOptionsToTheBench() {
        CliRun run = CliRun.of(command(true), "--sites", "3", "--tls", "off", "--streams", "4", "--duration", "0.5",
                "--repetitions", "2", "--idle-connections", "100", "--ring", "0", "--references", "on");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ran.get()).isEqualTo(new BenchSettings(3, false, 4, 0.5, 2, 100, 0, true));
        assertThat(run.out()).contains("B1-1").contains("0.61x direct").contains(">= 0.45x direct")
                .contains("All targets met.");
        assertThat(run.err()).contains("bench: stub");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        CliRun run = CliRun.of(command(true), "--quiet");

        assertThat(run.exit()).isZero();
        assertThat(ran.get()).isEqualTo(BenchSettings.defaults());
        assertThat(run.err()).doesNotContain("bench:");
    }

    @Test
    void jsonIsForScripts() {
        CliRun run = CliRun.of(command(true), "--format", "json", "--quiet");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"id\": \"B1-1\"").contains("\"value\": 0.61")
                .contains("\"met\": true").contains("\"target\": null").contains("\"allTargetsMet\": true");
    }

    @Test
    void checkExitsWithOneWhenATargetIsMissed() {
        assertThat(CliRun.of(command(false), "--quiet").exit()).isZero();
        CliRun checked = CliRun.of(command(false), "--quiet", "--check");
        assertThat(checked.exit()).isEqualTo(BenchCommand.EXIT_MISSED);
        assertThat(checked.out()).contains("1 target(s) missed: B1-1");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of(command(true), "--sites", "4").exit()).isEqualTo(BenchCommand.EXIT_USAGE);
        assertThat(CliRun.of(command(true), "--tls", "maybe").exit()).isEqualTo(BenchCommand.EXIT_USAGE);
        assertThat(CliRun.of(command(true), "--references", "perhaps").exit()).isEqualTo(BenchCommand.EXIT_USAGE);
        assertThat(ran.get()).isNull();
    }

    @Test
    void theRootCommandListsBench() {
        StringWriter out = new StringWriter();
        int exit = SkupperDesignerCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("bench");
    }
}
