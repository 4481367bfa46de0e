package org.skupperdesigner.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Listener;

/**
 * A design opened from files: its findings name the file and line the element came from, as the CLI's validate
 * does, while the element is still as it was read and until the design is saved. (Validation runs on the calling
 * thread here, and its results are published on the FX thread: every step runs there.)
 */
@ExtendWith(ApplicationExtension.class)
class ProblemSourceLocationTest {

    private static final String NEAR_MISS = "routing-key.near-miss";

    private LoadedNetwork loaded;
    private DocumentModel document;
    private ProblemsViewModel problems;

    @Start
    void start(Stage stage) throws Exception {
        openAYamlFolderWithAMistypedKey();
    }

    private void openAYamlFolderWithAMistypedKey() throws Exception {
        Path folder = ScratchDirectories.create("problem-locations");
        Path west = Files.createDirectories(folder.resolve("west")).resolve("site.yaml");
        Path east = Files.createDirectories(folder.resolve("east")).resolve("site.yaml");
        Files.writeString(west, Files.readString(Path.of("../examples/hello-world-yaml/west/site.yaml"))
                .replace("routingKey: backend", "routingKey: backendx"));
        Files.copy(Path.of("../examples/hello-world-yaml/east/site.yaml"), east);
        loaded = NetworkLoader.load(List.of(folder));
        document = new DocumentModel(loaded.network(), null);
        problems = new ProblemsViewModel(document, ValidationServices.best(), UiExecutors.sameThread());
        problems.setLoaded(loaded);
    }

    @Test
    void aFindingNamesTheLineItsFieldWasReadFrom(FxRobot robot) throws Exception {
        String westYaml = Files.readString(Path.of("../examples/hello-world-yaml/west/site.yaml"));
        int keyLine = westYaml.lines().toList().indexOf("  routingKey: backend") + 1;

        assertThat(nearMiss().location()).isNotNull();
        assertThat(nearMiss().location().toString()).endsWith("west/site.yaml:" + keyLine + ":3");
    }

    @Test
    void movingTheCardKeepsItButChangingTheListenerDropsIt(FxRobot robot) {
        robot.interact(this::editsDecide);
    }

    private void editsDecide() {
        String site = nearMiss().elementIds().get(0).split("/")[0];
        document.apply(new Edit("move", n -> n.updateSite(site, s -> s.withPosition(new Position(900, 900)))));
        assertThat(nearMiss().location()).as("a card's position is not in the YAML").isNotNull();

        String listenerId = nearMiss().elementIds().get(0);
        document.apply(new Edit("port", n -> n.updateSite(site, s -> {
            Listener l = (Listener) n.resource(listenerId).orElseThrow();
            return s.withResource(l.withSpec(l.spec().withPort(9090)));
        })));
        assertThat(nearMiss().location()).as("the file no longer says what the listener is").isNull();

        document.undo();
        assertThat(nearMiss().location()).as("as read again").isNotNull();
    }

    @Test
    void savingForgetsTheFilesItWasReadFrom(FxRobot robot) {
        robot.interact(problems::forgetSources);
        assertThat(nearMiss().location()).isNull();
    }

    @Test
    void aDesignWhoseFilesAreNotKnownHasNoLocations(FxRobot robot) {
        robot.interact(() -> problems.setLoadProblems(List.of()));
        assertThat(nearMiss().location()).isNull();
    }

    private Diagnostic nearMiss() {
        return problems.problems().stream().filter(d -> d.ruleId().equals(NEAR_MISS)).findFirst().orElseThrow();
    }
}
