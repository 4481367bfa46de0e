package org.skupperdesigner.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationOptions;

/**
 * A designer window on a TestFX stage, the way the window tests build it: background work on the calling thread,
 * the app's theme, settings in a scratch home. Simulation windows use the simulator's fast timers.
 */
public final class TestWindows {

    private TestWindows() {
    }

    /** The repository's examples folder, found upwards from the working directory. */
    public static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }

    /** The bundled hello-world design. */
    public static Network helloWorld() {
        return NetworkLoader.load(List.of(examples().resolve("hello-world.skupper-design.yaml"))).network();
    }

    /** A context for {@code design} (saved at {@code file}, or null) with its settings under {@code home}. */
    public static DesignerContext context(Network design, Path file, Path home) {
        return new DesignerContext(design, file, UiExecutors.sameThread(), ValidationServices.best(),
                new DesignerHome(home));
    }

    /** A context for an unsaved {@code design} with a fresh scratch home. */
    public static DesignerContext context(Network design) throws IOException {
        return context(design, null, ScratchDirectories.create("designer-test"));
    }

    /**
     * Shows {@code scene} on the TestFX stage, which every test class shares. The window takes the scene's size
     * before the scene goes in: Monocle sizes its pixel buffer from the window, and painting the new scene at
     * another size overflowed it (BufferOverflowException from UploadingPainter in the full suite); and a test
     * class that resized the stage must not shrink the next window.
     */
    public static void putOnStage(Stage stage, javafx.scene.Scene scene) {
        stage.setWidth(scene.getWidth());
        stage.setHeight(scene.getHeight());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    /** The designer window for {@code context}, shown on {@code stage} at 1280 × 800. */
    public static DesignerWindow show(Stage stage, DesignerContext context) {
        return show(stage, context, 1280, 800);
    }

    public static DesignerWindow show(Stage stage, DesignerContext context, double width, double height) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerWindow window = new DesignerWindow(context, stage);
        putOnStage(stage, window.createScene(width, height));
        return window;
    }

    /**
     * Like {@link #show(Stage, DesignerContext, double, double)}, with the simulator's fast timers for run mode and
     * the Simulation tab showing, as for a user about to work with it.
     */
    public static DesignerWindow showForSimulation(Stage stage, DesignerContext context, double width,
                                                   double height) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerWindow window = new DesignerWindow(context, stage);
        window.simulation().optionsProperty().set(SimulationOptions.fast());
        putOnStage(stage, window.createScene(width, height));
        window.showSimulationPanel();
        return window;
    }
}
