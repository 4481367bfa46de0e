package org.skupperdesigner.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skupperdesigner.simulator.scenario.Expectation.Metric;
import org.skupperdesigner.simulator.scenario.Expectation.Op;

class ExpectationParserTest {
    @Test
    void errorRateWithAWindowAfter() {
        Expectation e = ExpectationParser.parse("listener west/backend errors < 1% after 15s", null);

        assertThat(e.listenerId()).isEqualTo("west/backend");
        assertThat(e.metric()).isEqualTo(Metric.ERROR_RATE);
        assertThat(e.op()).isEqualTo(Op.LT);
        assertThat(e.value()).isEqualTo(0.01);
        assertThat(e.from()).isEqualTo(Duration.ofSeconds(15));
        assertThat(e.to()).isNull();
    }

    @Test
    void errorCountLatencyRequestsAndWindows() {
        assertThat(ExpectationParser.parse("listener a/b errors == 0 before 8s", null))
                .extracting(Expectation::metric, Expectation::op, Expectation::value, Expectation::to)
                .containsExactly(Metric.ERROR_COUNT, Op.EQ, 0.0, Duration.ofSeconds(8));
        assertThat(ExpectationParser.parse("listener a/b p99<50ms", null))
                .extracting(Expectation::metric, Expectation::value).containsExactly(Metric.P99, 50.0);
        assertThat(ExpectationParser.parse("listener a/b max <= 1.5s between 2s and 4s", null))
                .extracting(Expectation::value, Expectation::from, Expectation::to)
                .containsExactly(1500.0, Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(ExpectationParser.parse("listener a/b requests >= 100", null).metric()).isEqualTo(Metric.REQUESTS);
        assertThat(ExpectationParser.parse("listener a/b rps > 40", null).metric()).isEqualTo(Metric.RPS);
    }

    @Test
    void servedByMeansAllUnlessAShareIsGiven() {
        Expectation all = ExpectationParser.parse("listener frontend/payments served-by backup after 9s", null);
        Expectation share = ExpectationParser.parse("listener w/b served-by east/backend >= 30%", null);

        assertThat(all).extracting(Expectation::metric, Expectation::servedBy, Expectation::op, Expectation::value)
                .containsExactly(Metric.SERVED_BY, "backup", Op.GE, 1.0);
        assertThat(share).extracting(Expectation::servedBy, Expectation::value).containsExactly("east/backend", 0.3);
    }

    @Test
    void mistakesSayWhatToWrite() {
        assertThatThrownBy(() -> ExpectationParser.parse("west/backend errors < 1%", null))
                .hasMessageContaining("write e.g. 'listener west/backend errors < 1% after 15s'");
        assertThatThrownBy(() -> ExpectationParser.parse("listener w/b p99 fast", null))
                .hasMessageContaining("needs a comparison");
        assertThatThrownBy(() -> ExpectationParser.parse("listener w/b p99 < 5ms during 3s", null))
                .hasMessageContaining("'after 15s', 'before 10s' or 'between 5s and 20s'");
        assertThatThrownBy(() -> ExpectationParser.parse("listener w/b errors < 1% between 5s and 2s", null))
                .hasMessageContaining("ends before it starts");
    }
}
