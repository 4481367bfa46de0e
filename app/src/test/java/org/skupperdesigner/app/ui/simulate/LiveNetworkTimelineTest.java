package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.simulator.event.SimulationEvent;

/** The panel's timeline takes only the lines recorded since its last refresh, newest first, and never more than fit. */
class LiveNetworkTimelineTest {

    private static List<SimulationEvent> notes(int from, int to) {
        List<SimulationEvent> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(new SimulationEvent.Note(Duration.ofMillis(i), "note " + i));
        }
        return events;
    }

    @Test
    void aViewGetsOnlyTheLinesItHasNotShownNewestFirst() {
        LiveNetwork live = new LiveNetwork();
        live.onEvents(notes(0, 3));
        assertThat(live.timelineRecorded()).isEqualTo(3);
        assertThat(live.timelineSince(0)).hasSize(3).first().asString().endsWith("note 2");

        long shown = live.timelineRecorded();
        assertThat(live.timelineSince(shown)).isEmpty();

        live.onEvents(notes(3, 5));
        assertThat(live.timelineSince(shown)).hasSize(2).satisfiesExactly(
                l -> assertThat(l).endsWith("note 4"), l -> assertThat(l).endsWith("note 3"));
    }

    @Test
    void aViewFarBehindGetsAtMostTheTimelinesLength() {
        LiveNetwork live = new LiveNetwork();
        live.onEvents(notes(0, LiveNetwork.TIMELINE * 3));
        List<String> fresh = live.timelineSince(0);
        assertThat(fresh).hasSize(LiveNetwork.TIMELINE).isEqualTo(live.timeline());
        assertThat(fresh.get(0)).endsWith("note " + (LiveNetwork.TIMELINE * 3 - 1));
    }
}
