package org.skupperdesigner.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.AutosaveSession;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.app.ui.training.CanvasWorkout;
import org.skupperdesigner.model.network.Network;

/** The JavaFX application: theme, the first document (recovery, a given file, or hello-world) and the window. */
public final class DesignerApplication extends Application {

    /** System property naming the design to open at start. */
    public static final String OPEN_PROPERTY = "skupper.designer.open";
    /** Set by the packaged launcher to the installed examples folder. */
    public static final String EXAMPLES_PROPERTY = "skupper.designer.examples";
    static final Path DEFAULT_EXAMPLE = Path.of("examples", "hello-world.skupper-design.yaml");

    /** How long a termination signal leaves the window to close before the process exits anyway. */
    private static final java.time.Duration SIGNAL_GRACE = java.time.Duration.ofSeconds(10);
    private static volatile int exitStatus;

    private DesignerContext context;
    private DesignerWindow window;
    private AutosaveSession autosave;
    private TerminationSignals signals;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        Path initial = initialFile();
        // an installed app's examples sit in a read-only folder: open hello-world there as an unsaved copy
        Path toLoad = initial != null ? initial : installedExample();
        context = new DesignerContext(Network.empty("untitled"), null, UiExecutors.pooled(),
                ValidationServices.best(), DesignerHome.fromSystem());
        // the design is read while the window is built; recovery is offered only after it is shown, so a
        // recovered design is never replaced by the start-up file
        FileActions.PendingRead reading = toLoad == null ? null
                : FileActions.startReading(toLoad, context.executors().background());
        window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        signals = new TerminationSignals(Platform::runLater, this::endOnSignal, System::exit, SIGNAL_GRACE).install();
        Runnable opened = () -> {
            // after the pulse that lays out the design: selecting before it styled the property sheet half-built
            Platform.runLater(() -> selectRequested(window));
            autosave = AutosaveSession.start(context, stage, AutosaveSession.DEFAULT_INTERVAL);
        };
        if (reading != null) {
            window.actions().files().openAtStart(reading, initial == null, opened);
        } else {
            opened.run();
        }
    }

    /** For screenshots and demos: -Dskupper.designer.select=<element id>, -Dskupper.designer.panel=yaml. */
    private void selectRequested(DesignerWindow window) {
        String select = System.getProperty("skupper.designer.select");
        if (select != null && !select.isBlank()) {
            context.selection().select(select);
        }
        if ("yaml".equals(System.getProperty("skupper.designer.panel"))) {
            window.showYamlPanel();
        }
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

    /** A termination signal: stop what runs and exit JavaFX; {@link #stop} keeps the unsaved work. FX thread. */
    private void endOnSignal() {
        window.stopRunningWork();
        Platform.exit();
    }

    /** The status the process exits with after the window has gone: 128 + the signal that ended it, else 0. */
    static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void stop() {
        if (autosave != null) {
            if (window.closeConfirmed()) {
                autosave.closeDiscardingUnsavedWork();
            } else {
                autosave.close();
            }
        }
        if (context != null) {
            context.close();
        }
        if (signals != null) {
            exitStatus = signals.exitStatus().orElse(0);
        }
        if (CanvasWorkout.requested()) {
            // the run that records the start-up cache: after the user's work is safe, before the toolkit goes
            CanvasWorkout.run(CanvasWorkout.BUDGET);
        }
    }
}
