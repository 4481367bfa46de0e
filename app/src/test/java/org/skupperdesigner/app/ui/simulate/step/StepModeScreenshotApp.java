package org.skupperdesigner.app.ui.simulate.step;

import java.nio.file.Path;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.SimulationOptions;

/**
 * Opens hello-world in run mode for screenshots. Arguments: {@code WIDTH HEIGHT [step|orphan|design]}: {@code step}
 * sends one connection through west/backend and steps to the link hop; {@code orphan} adds a listener nobody serves
 * and traces it; {@code design} stays in design mode. Not a test.
 */
public final class StepModeScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        double width = args.isEmpty() ? 1560 : Double.parseDouble(args.get(0));
        double height = args.size() < 2 ? 960 : Double.parseDouble(args.get(1));
        boolean orphan = args.contains("orphan");
        boolean step = args.contains("step") || orphan;
        Network network = NetworkLoader.load(List.of(Path.of("examples/hello-world.skupper-design.yaml"))).network();
        if (orphan) {
            network = network.updateSite("west", s -> s.withResource(new org.skupperdesigner.model.resource.Listener(
                    org.skupperdesigner.model.resource.ObjectMeta.named("orphan"),
                    org.skupperdesigner.model.resource.ListenerSpec.of("nobody", "orphan", 9090))));
        }
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(network, null, UiExecutors.pooled(), ValidationServices.best(),
                new DesignerHome(ScratchDirectories.create("designer-shot")));
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(width, height));
        stage.setMinWidth(900);
        stage.show();
        window.canvas().fitToContent();
        window.simulation().optionsProperty().set(SimulationOptions.fast());
        PauseTransition later = new PauseTransition(javafx.util.Duration.millis(500));
        later.setOnFinished(e -> {
            window.simulation().start();
            if (step) {
                stepThrough(stage, orphan ? "west/orphan" : "west/backend");
            }
        });
        if (!args.contains("design")) {
            later.play();
        }
    }

    /**
     * Picks west/backend, sends one connection and steps forward to the hop over the link, with the side panel
     * scrolled to the step section. The Simulation tab builds its panel when first shown: waits for it (10 s).
     */
    private static void stepThrough(Stage stage, String listenerId) {
        stepThrough(stage, listenerId, 50);
    }

    private static void stepThrough(Stage stage, String listenerId, int triesLeft) {
        StepModeView view = (StepModeView) stage.getScene().lookup("#step-mode");
        if (view == null) {
            if (triesLeft == 0) {
                throw new IllegalStateException("the Simulation tab never showed its step section");
            }
            PauseTransition again = new PauseTransition(javafx.util.Duration.millis(200));
            again.setOnFinished(e -> stepThrough(stage, listenerId, triesLeft - 1));
            again.play();
            return;
        }
        scrollTo(view);
        StepModeModel model = view.model();
        model.selectedListenerProperty().set(listenerId);
        PauseTransition ready = new PauseTransition(javafx.util.Duration.seconds(3));
        ready.setOnFinished(e -> {
            model.send();
            model.cursorProperty().addListener((o, was, now) -> {
                if (was == null && now != null) {
                    while (now.canForward() && now.current().kind()
                            != org.skupperdesigner.simulator.trace.TraceStep.Kind.LINK_HOP) {
                        model.forward();
                        now = model.cursorProperty().get();
                    }
                }
            });
        });
        ready.play();
    }

    /** Scrolls the side panel so that {@code section} starts at its top. */
    private static void scrollTo(javafx.scene.Node section) {
        javafx.scene.Node p = section.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.applyCss();
            scroll.layout();
            double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
            double viewHeight = scroll.getViewportBounds().getHeight();
            double top = scroll.getContent().sceneToLocal(section.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.min(1, top / Math.max(1, contentHeight - viewHeight)));
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
