package org.skupperdesigner.app.ui.problems;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.model.network.Network;

/**
 * Opens hello-world with two mistakes in west's listener (a key nothing serves, a port out of range) and the
 * listener selected, for docs/screenshots/field-findings.png: the findings under their fields, in the Problems panel
 * and, with the argument {@code yaml}, on their lines in the YAML panel. When the state is reached the window title
 * gets " READY", for the screenshot tool to wait on. Not a test.
 */
public final class ProblemsScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        boolean yaml = getParameters().getRaw().contains("yaml");
        Network network = HelloWorldVariants.withWestListener(spec -> spec.withRoutingKey("orders").withPort(70000));
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(network, null, UiExecutors.pooled(), ValidationServices.best(),
                new DesignerHome(ScratchDirectories.create("designer-shot")));
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1560, 960));
        stage.show();
        PauseTransition opened = new PauseTransition(Duration.millis(1500));
        opened.setOnFinished(e -> {
            context.selection().select("west/Listener/backend");
            if (yaml) {
                ((TabPane) stage.getScene().lookup(".side-tabs")).getSelectionModel().select(1);
            }
            PauseTransition validated = new PauseTransition(Duration.millis(1200));
            validated.setOnFinished(f -> {
                stage.titleProperty().unbind();
                stage.setTitle("Skupper Designer READY");
            });
            validated.play();
        });
        opened.play();
    }

    /** The entry point on a plain classpath (a main class extending Application needs JavaFX as modules). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ProblemsScreenshotApp.class, args);
        }
    }
}
