package org.skupperdesigner.app.ui.simulate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.apply.ApplyController;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.simulator.SimulationOptions;

/**
 * Opens the window in a state worth a screenshot (docs/screenshots): {@code simulate} runs hello-world with HTTP
 * traffic to a slightly slow, sometimes failing backend, the panel charting the listener; {@code multikey} runs
 * the multi-key-failover example and stops aws after 5 s; {@code apply} applies the three-cluster design to mock clusters in the Apply dialog. Not a test.
 */
public final class ScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        boolean apply = getParameters().getRaw().contains("apply");
        boolean multiKey = getParameters().getRaw().contains("multikey");
        Path home = ScratchDirectories.create("designer-shot");
        Network network;
        ThreeClusters clusters = null;
        if (apply) {
            clusters = new ThreeClusters();
            network = ThreeClusters.design()
                    .updateSite("west", s -> s.withPosition(new Position(80, 200)))
                    .updateSite("east", s -> s.withPosition(new Position(480, 60)))
                    .updateSite("north", s -> s.withPosition(new Position(480, 380)));
        } else if (multiKey) {
            // checkout's preferred key is served in aws; the shot is taken after aws has stopped
            network = NetworkLoader.load(List.of(Path.of("examples/multi-key-failover.skupper-design.yaml")))
                    .network();
            Map<String, Object> hello = Map.of("type", "http-hello");
            network = network.withSimulation(Map.of(
                    "workloads", Map.of("aws/payments", hello, "gcp/payments", hello, "azure/payments", hello),
                    "traffic", Map.of("office/checkout", Map.of("rate", 10L, "protocol", "http"))));
        } else {
            network = NetworkLoader.load(List.of(Path.of("examples/hello-world.skupper-design.yaml"))).network();
            // an HTTP backend that is a little slow and sometimes fails, so every chart has something to show
            network = network.withSimulation(Map.of(
                    "workloads", Map.of("east/backend", Map.of("type", "http-hello", "delay", "5ms",
                            "failureRate", "3%")),
                    "traffic", Map.of("west/backend", Map.of("rate", 25L, "concurrency", 4L, "protocol", "http",
                            "requestSize", "2KiB", "responseSize", "8KiB"))));
        }
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(network, null, UiExecutors.pooled(), ValidationServices.best(),
                new DesignerHome(home));
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1560, 960));
        stage.show();
        window.canvas().fitToContent();
        if (apply) {
            Map<String, MockCluster> contexts = new LinkedHashMap<>();
            clusters.all().forEach(c -> contexts.put(c.name(), c));
            Path kubeconfig = Kubeconfig.write(home.resolve("kubeconfig"), contexts);
            ApplyController c = window.apply().controller();
            c.setOptions(ApplyOptions.defaults().withWaits(Duration.ofSeconds(20), Duration.ofMillis(50)));
            c.kubeconfigProperty().set(kubeconfig);
            window.apply().showDialog();
            window.apply().dialog().stage().setX(stage.getX() + 400);
            window.apply().dialog().stage().setY(stage.getY() + 170);
            c.phaseProperty().addListener((o, was, now) -> {
                if (now == ApplyController.Phase.PLANNED) {
                    c.apply();
                }
            });
            c.plan(network, false, false);
        } else {
            window.simulation().optionsProperty().set(SimulationOptions.fast());
            PauseTransition later = new PauseTransition(javafx.util.Duration.millis(500));
            // "idle" shows the panel before any run (the Simulation tab picked by hand)
            later.setOnFinished(e -> {
                if (getParameters().getRaw().contains("idle")) {
                    javafx.scene.Node tabs = stage.getScene().lookup(".side-tabs");
                    ((javafx.scene.control.TabPane) tabs).getSelectionModel().select(2);
                } else {
                    window.simulation().start();
                }
            });
            later.play();
            if (multiKey) {
                PauseTransition failover = new PauseTransition(javafx.util.Duration.seconds(5));
                failover.setOnFinished(e -> window.simulation().stopSite("aws"));
                failover.play();
            }
            // "scroll=0.6" scrolls the simulation panel down, to look at its lower sections
            getParameters().getRaw().stream().filter(a -> a.startsWith("scroll=")).findFirst().ifPresent(a -> {
                PauseTransition scroll = new PauseTransition(javafx.util.Duration.seconds(2));
                scroll.setOnFinished(e -> {
                    javafx.scene.Node panel = stage.getScene().lookup("#simulation-panel");
                    javafx.scene.Node p = panel;
                    while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                        p = p.getParent();
                    }
                    if (p instanceof javafx.scene.control.ScrollPane sp) {
                        sp.setVvalue(Double.parseDouble(a.substring("scroll=".length())));
                    }
                });
                scroll.play();
            });
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
