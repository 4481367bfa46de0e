package org.skupperdesigner.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.simulator.scenario.ExpectationResult;

class ReportWritersTest {
    static SimulationReport sample(String name) {
        return new SimulationReport(name, "hello-world", "local", "2026-01-01T00:00:00Z", 2.0, false,
                List.of(new ExpectationResult("listener west/backend errors == 0", "s.yaml:3:5", false, "1 of 10")),
                List.of(), List.of("warning: something"),
                List.of(new SimulationReport.SiteEntry("west", "interior", List.of("backend (backend)"), List.of())),
                List.of(new SimulationReport.LinkEntry("east-to-west", "east", "west", 1, "inter-router")),
                List.of(new SimulationReport.ListenerEntry("west/backend", "backend", "west/backend:8080 -> 127.0.0.1:1",
                        "10 conn/s", new SimulationReport.Summary(10, 1, 0.1, Map.of("reset", 1L), 1, 2, 3, 4, 2, 5, 100),
                        Map.of("east/backend", 9L), List.of(new SimulationReport.Point(1, 5, 0.5, 1, 3, 5, 1)),
                        Map.of("east/backend", List.of(9L)))),
                1.0, List.of(new SimulationReport.TimelineEntry(1.0, "fault", "fault link/x: cut (y)")));
    }

    @Test
    void jsonHoldsEverySection() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReportWriter().toJson(sample("r")));

        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.at("/listeners/0/total/p99Millis").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/listeners/0/servedBySeries/east~1backend/0").asLong()).isEqualTo(9);
        assertThat(json.at("/timeline/0/kind").asText()).isEqualTo("fault");
        assertThat(json.at("/expectations/0/actual").asText()).isEqualTo("1 of 10");
    }

    @Test
    void htmlIsSelfContainedWithChartJsAndTheDataInlinedSafely() {
        String html = new HtmlReportWriter().toHtml(sample("</script><script>alert(1)</script>"));

        assertThat(html).doesNotContain("<script src").doesNotContain("/*@");
        assertThat(html).contains("Chart.js v4.4.1").contains("\"servedBy\":{\"east/backend\":9}");
        assertThat(html).as("the name cannot close the data script").doesNotContain("</script><script>alert(1)");
        assertThat(html).contains("<title>Simulation report: &lt;/script&gt;");
    }
}
