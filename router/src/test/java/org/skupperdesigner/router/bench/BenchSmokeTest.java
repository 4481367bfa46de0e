package org.skupperdesigner.router.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bench runs end to end in a tiny form (no figure is asserted: speed lives in the bench itself) and
 * renders every measure B1-B7 in its table and JSON.
 */
class BenchSmokeTest {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTinyBenchProducesEveryMeasure() throws Exception {
        BenchReport report = RouterBench.run(BenchSettings.smoke(), line -> { });

        List<String> ids = report.measures().stream().map(BenchMeasure::id).toList();
        assertThat(ids).contains("B1-1", "B1-2", "B2", "B3", "B4-p50", "B4-p99", "B5", "B6", "B7-closed",
                "B7-silent", "CPU-plain", "CPU-tls2", "CPU-tls3", "CPU-conn");
        assertThat(report.measures()).filteredOn(m -> m.id().startsWith("B1") || m.id().equals("B5"))
                .allSatisfy(m -> assertThat(m.value()).as(m.id()).isPositive());
        assertThat(report.measures()).filteredOn(m -> m.id().startsWith("B7"))
                .allSatisfy(m -> assertThat(m.value()).as(m.id()).isPositive().isLessThan(15_000));
        assertThat(report.measures()).filteredOn(m -> m.id().equals("B6"))
                .allSatisfy(m -> assertThat(m.detail()).contains("50 connections"));
        assertThat(report.toTable()).contains("B7-silent").contains("target");
        assertThat(report.toJson()).contains("\"id\": \"B6\"").contains("\"allTargetsMet\"");
    }

    @Test
    void jsonAndTableShowTargetsAndMisses() {
        BenchReport report = new BenchReport(BenchSettings.smoke(), Map.of("load", "1.0"), List.of(
                new BenchMeasure("B1-1", "throughput", "x direct", 0.5, ">=", 0.45, List.of(0.4, 0.5, 0.6), "d"),
                new BenchMeasure("B4-p99", "latency \"p99\"", "us", 75, "<=", 60, List.of(75.0), ""),
                new BenchMeasure("CPU", "cpu", "s/GB", Double.NaN, "", Double.NaN, List.of(Double.NaN), "")));

        assertThat(report.missed()).extracting(BenchMeasure::id).containsExactly("B4-p99");
        assertThat(report.toTable()).contains("0.50x direct").contains("<= 60.0 us").contains("NO")
                .contains("1 target(s) missed: B4-p99");
        assertThat(report.toJson()).contains("\"value\": 0.5,").contains("\"samples\": [0.4, 0.5, 0.6]")
                .contains("\"title\": \"latency \\\"p99\\\"\"").contains("\"value\": null")
                .contains("\"met\": false").contains("\"allTargetsMet\": false");
    }
}
