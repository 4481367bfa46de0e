package org.skupperdesigner.app.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

class DocumentModelTest {

    private final DocumentModel document = new DocumentModel(Network.empty("t"), Path.of("t.skupper-design.yaml"));

    @Test
    void eachEditIsOneUndoStepAndRedoRestoresIt() {
        document.apply(NetworkEdits.addSite(Platform.KUBERNETES, Position.ORIGIN));
        document.apply(NetworkEdits.addSite(Platform.LINUX, new Position(300, 0)));
        Network both = document.network();

        assertThat(document.undo()).isTrue();
        assertThat(document.network().sites()).hasSize(1);
        assertThat(document.redo()).isTrue();
        assertThat(document.network()).isEqualTo(both);
        assertThat(document.undoLabelProperty().get()).isEqualTo("Add Linux site");
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertThat(document.apply(NetworkEdits.moveSites(Map.of("nope", Position.ORIGIN)))).isFalse();
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedSnapshotAcrossUndo() {
        assertThat(document.isDirty()).isFalse();
        document.apply(NetworkEdits.addSite(Platform.DOCKER, Position.ORIGIN));
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
        document.redo();
        document.markSaved(Path.of("other.skupper-design.yaml"));
        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(Path.of("other.skupper-design.yaml"));
    }

    @Test
    void anEditIssuedWhileAnotherIsAppliedIsRefused() {
        java.util.List<Throwable> refused = new java.util.ArrayList<>();
        document.networkProperty().addListener((o, a, n) -> {
            try {
                document.apply(NetworkEdits.addSite(Platform.PODMAN, Position.ORIGIN));
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        });
        document.apply(NetworkEdits.addSite(Platform.KUBERNETES, Position.ORIGIN));
        assertThat(document.network().sites()).hasSize(1);
        assertThat(refused).singleElement().extracting(Throwable::getMessage).asString().contains("another edit");
    }

    @Test
    void aRecoveredDesignIsDirtyUntilSaved() {
        document.recover(Network.empty("recovered"), null);
        assertThat(document.isDirty()).isTrue();
        document.markSaved(Path.of("r.skupper-design.yaml"));
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void anImportedDesignIsDirtyUntilSavedButANewOneIsNot() {
        document.importDocument(Network.empty("from-cluster"));
        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isNull();
        document.markSaved(Path.of("imported.skupper-design.yaml"));
        assertThat(document.isDirty()).isFalse();
        document.replaceDocument(Network.empty("untitled"), null);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void theDocumentStaysLockedUntilEveryHolderHasReleasedIt() {
        // a simulation started while the window's first design is still being read
        DocumentModel.Lock reading = document.lock("reading the first design");
        DocumentModel.Lock simulation = document.lock("the simulation");

        reading.release();
        assertThat(document.lockedProperty().get()).isTrue();
        assertThat(document.apply(NetworkEdits.addSite(Platform.KUBERNETES, Position.ORIGIN))).isFalse();

        reading.release(); // twice is harmless and does not release the other holder
        assertThat(document.lockedProperty().get()).isTrue();
        simulation.release();
        assertThat(document.lockedProperty().get()).isFalse();
        assertThat(document.apply(NetworkEdits.addSite(Platform.KUBERNETES, Position.ORIGIN))).isTrue();
    }
}
