package org.skupperdesigner.simulator.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {
    private final EventBus bus = new EventBus(System.nanoTime(), 3);

    private static SimulationEvent note(int i) {
        return new SimulationEvent.Note(Duration.ofMillis(i), "n" + i);
    }

    @Test
    void subscriptionsDrainInBatchesAndDropTheOldestWhenFull() {
        EventBus.Subscription sub = bus.subscribe(2, null);
        bus.publish(note(1));
        bus.publish(note(2));
        bus.publish(note(3));

        assertThat(sub.drain()).extracting(SimulationEvent::describe).containsExactly("n2", "n3");
        assertThat(sub.dropped()).isEqualTo(1);
        assertThat(sub.drain()).isEmpty();
        sub.close();
        bus.publish(note(4));
        assertThat(sub.drain()).isEmpty();
    }

    @Test
    void filtersListenersAndABoundedTimelineWithoutFlows() throws Exception {
        List<SimulationEvent> heard = new ArrayList<>();
        EventBus.Subscription faultsOnly = bus.subscribe(10, e -> e instanceof SimulationEvent.FaultChanged);
        AutoCloseable listener = bus.listen(heard::add);
        for (int i = 0; i < 5; i++) {
            bus.publish(note(i));
        }
        bus.publish(new SimulationEvent.FaultChanged(Duration.ZERO, "link/x", "cut", true, ""));
        listener.close();
        bus.publish(note(9));

        assertThat(heard).hasSize(6);
        assertThat(faultsOnly.drain()).hasSize(1);
        assertThat(bus.timeline()).extracting(SimulationEvent::describe)
                .containsExactly("n4", "fault link/x: cut", "n9");
    }
}
