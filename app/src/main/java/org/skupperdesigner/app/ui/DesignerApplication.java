package org.skupperdesigner.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.Autosave;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;

/** The JavaFX application: theme, the first document (recovery, a given file, or hello-world) and the window. */
public final class DesignerApplication extends Application {

    /** System property naming the design to open at start. */
    public static final String OPEN_PROPERTY = "skupper.designer.open";
    /** Set by the packaged launcher to the installed examples folder. */
    public static final String EXAMPLES_PROPERTY = "skupper.designer.examples";
    static final Path DEFAULT_EXAMPLE = Path.of("examples", "hello-world.skupper-design.yaml");

    private DesignerContext context;
    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        Path initial = initialFile();
        // an installed app's examples sit in a read-only folder: open hello-world there as an unsaved copy
        Path toLoad = initial != null ? initial : installedExample();
        LoadedNetwork loaded = toLoad != null ? NetworkLoader.load(List.of(toLoad))
                : new LoadedNetwork(Network.empty("untitled"), List.of(), java.util.Map.of());
        context = new DesignerContext(loaded.network(), initial != null && NetworkLoader.isDesignFile(initial)
                ? initial : null, UiExecutors.pooled(), ValidationServices.best(), DesignerHome.fromSystem());
        context.problems().setLoadProblems(loaded.diagnostics());
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        window.canvas().fitToContent();
        // for screenshots and demos: -Dskupper.designer.select=<element id>, -Dskupper.designer.panel=yaml
        String select = System.getProperty("skupper.designer.select");
        if (select != null && !select.isBlank()) {
            context.selection().select(select);
        }
        if ("yaml".equals(System.getProperty("skupper.designer.panel"))) {
            window.showYamlPanel();
        }
        autosave = new Autosave(context.document(), context.home().autosaveDir(), Duration.seconds(30));
        offerRecovery(stage);
        autosave.start();
    }

    private static Path initialFile() {
        String requested = System.getProperty(OPEN_PROPERTY);
        if (requested != null && !requested.isBlank()) {
            return Path.of(requested);
        }
        return Files.isRegularFile(DEFAULT_EXAMPLE) ? DEFAULT_EXAMPLE : null;
    }

    /** hello-world from the examples folder the packaged launcher names, or null. */
    private static Path installedExample() {
        String dir = System.getProperty(EXAMPLES_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path example = Path.of(dir).resolve(DEFAULT_EXAMPLE.getFileName());
        return Files.isRegularFile(example) ? example : null;
    }

    /** An autosave left behind means the last session did not close cleanly: offer to bring it back. */
    private void offerRecovery(Stage stage) {
        autosave.pendingRecovery().ifPresent(file -> {
            ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "Skupper Designer did not close cleanly last time. Recover the unsaved design?", recover,
                    discard);
            alert.setHeaderText("Recover unsaved work");
            alert.initOwner(stage);
            if (alert.showAndWait().orElse(discard) == recover) {
                LoadedNetwork loaded = new DesignFiles().open(file);
                context.document().recover(loaded.network(), autosave.recoveryOrigin().orElse(null));
            } else {
                autosave.discard();
            }
        });
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.close();
            if (!context.document().isDirty()) {
                autosave.discard();
            }
        }
        if (context != null) {
            context.close();
        }
    }
}
