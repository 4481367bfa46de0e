package org.skupperdesigner.app.ui.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;

/**
 * Opens hello-world with a dialog showing, for screenshots (docs/screenshots): {@code export} shows the export
 * dialog, {@code recovery} the recovery prompt of a crashed session. Run from the repository root. Not a test.
 */
public final class FileFlowsScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        boolean recovery = getParameters().getRaw().contains("recovery");
        Path design = Path.of("examples/hello-world.skupper-design.yaml").toAbsolutePath();
        Network network = NetworkLoader.load(List.of(design)).network();
        DesignerHome home = new DesignerHome(Files.createTempDirectory("designer-shot"));
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
