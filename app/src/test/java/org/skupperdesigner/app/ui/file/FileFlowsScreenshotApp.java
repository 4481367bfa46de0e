package org.skupperdesigner.app.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;

/**
 * Opens hello-world with a dialog showing, for screenshots (docs/screenshots): {@code export} shows the export
 * dialog, {@code recovery} the recovery prompt of a crashed session, {@code replace} the question asked when the
 * export would overwrite an earlier one. Run from the repository root. Not a test.
 */
public final class FileFlowsScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        boolean recovery = getParameters().getRaw().contains("recovery");
        boolean replace = getParameters().getRaw().contains("replace");
        Path design = Path.of("examples/hello-world.skupper-design.yaml").toAbsolutePath();
        if (replace) {
            // a copy of the design beside an earlier export of it, where the dialog suggests exporting
            Path dir = ScratchDirectories.create("designer-shot-export");
            design = Files.copy(design, dir.resolve(design.getFileName()));
            Path earlier = Files.createDirectories(dir.resolve("hello-world-export"));
            Files.createDirectories(earlier.resolve("west"));
            Files.createDirectories(earlier.resolve("east"));
            Files.writeString(earlier.resolve("README.md"), "an earlier export\n");
        }
        Network network = NetworkLoader.load(List.of(design)).network();
        DesignerHome home = new DesignerHome(ScratchDirectories.create("designer-shot"));
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(network, design, UiExecutors.pooled(),
                ValidationServices.best(), home);
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.show();
        window.canvas().fitToContent();
        if (recovery) {
            Files.createDirectories(home.autosaveDir());
            Files.writeString(home.autosaveDir().resolve(Autosave.FILE_NAME), new DesignFiles().toText(network));
            Platform.runLater(() -> AutosaveSession.start(context, stage, AutosaveSession.DEFAULT_INTERVAL));
        } else {
            if (replace) {
                javafx.animation.PauseTransition press = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(1.5));
                // later, not in the animation: the question is a nested modal dialog
                press.setOnFinished(e -> Platform.runLater(() -> javafx.stage.Window.getWindows().stream()
                        .map(w -> w.getScene().lookup("#" + org.skupperdesigner.app.ui.export.ExportDialog.EXPORT_ID))
                        .filter(javafx.scene.control.Button.class::isInstance)
                        .map(javafx.scene.control.Button.class::cast).findFirst()
                        .ifPresent(javafx.scene.control.Button::fire)));
                press.play();
            }
            Platform.runLater(window.actions()::exportYaml);
        }
    }

    /** Main class on the class path (an Application subclass cannot be one there). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(FileFlowsScreenshotApp.class, args);
        }
    }
}
