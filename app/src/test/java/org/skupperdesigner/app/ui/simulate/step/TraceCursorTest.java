package org.skupperdesigner.app.ui.simulate.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.simulator.trace.TraceStep.Kind;

class TraceCursorTest {

    private final TracedConnection connection = TraceReader.read(Traces.served(), Traces.helloWorld());

    @Test
    void forwardThenBackReturnsExactlyTheHopItStartedFrom() {
        TraceCursor start = TraceCursor.start(connection);
        TraceCursor cursor = start;
        for (int i = 0; i < 5; i++) {
            cursor = cursor.forward();
        }
        assertThat(cursor.index()).isEqualTo(5);
        assertThat(cursor.current().kind()).isEqualTo(Kind.WORKLOAD);
        for (int i = 0; i < 5; i++) {
            cursor = cursor.back();
        }
        assertThat(cursor).isEqualTo(start);
        assertThat(cursor.current()).isEqualTo(start.current());
    }

    @Test
    void stopsAtBothEnds() {
        TraceCursor first = TraceCursor.start(connection);
        assertThat(first.canBack()).isFalse();
        assertThat(first.back()).isSameAs(first);
        TraceCursor last = first.last();
        assertThat(last.index()).isEqualTo(7);
        assertThat(last.canForward()).isFalse();
        assertThat(last.forward()).isSameAs(last);
        assertThat(last.position()).isEqualTo("Hop 8 of 8");
        assertThat(first.at(99)).isEqualTo(last);
        assertThat(last.at(-3)).isEqualTo(first);
    }

    @Test
    void rejectsAPositionOutsideTheTrace() {
        assertThatThrownBy(() -> new TraceCursor(connection, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..7");
    }
}
