package org.skupperdesigner.app.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

/** Simulation settings are a document change that run mode (the lock) allows, one undo step, network untouched. */
class DocumentSimulationSettingsTest {

    private final DocumentModel document = new DocumentModel(Network.empty("t"), Path.of("t.skupper-design.yaml"));

    @Test
    void simulationSettingsChangeWhileLockedAndNothingElseDoes() {
        document.apply(NetworkEdits.addSite(Platform.KUBERNETES, Position.ORIGIN));
        Network drawn = document.network();
        document.lock("the simulation");

        Map<String, Object> section = Map.of("traffic", Map.of("west/backend", Map.of("rate", 5L)));
        assertThat(document.applySimulationSettings("Traffic of west/backend", section)).isTrue();
        assertThat(document.apply(NetworkEdits.addSite(Platform.LINUX, Position.ORIGIN))).isFalse();

        assertThat(document.network().simulation()).isEqualTo(section);
        assertThat(document.network().withSimulation(Map.of())).isEqualTo(drawn);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.undo()).isFalse(); // undo waits for the end of run mode
    }

    @Test
    void itIsOneUndoStepOnceUnlockedAndTheSameSettingsAgainAreNoStep() {
        Map<String, Object> section = Map.of("workloads", Map.of("east/backend", Map.of("delay", "5ms")));
        DocumentModel.Lock running = document.lock("the simulation");
        document.applySimulationSettings("Workload of east/backend", section);
        assertThat(document.applySimulationSettings("Workload of east/backend", section)).isFalse();
        running.release();

        assertThat(document.undoLabelProperty().get()).isEqualTo("Workload of east/backend");
        assertThat(document.undo()).isTrue();
        assertThat(document.network().simulation()).isEmpty();
        assertThat(document.canUndoProperty().get()).isFalse();
    }
}
