package org.skupperdesigner.app.ui.apply;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.KubeKinds;
import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/**
 * Opens the window in a state worth a screenshot (docs/screenshots) against three mock clusters: {@code status}
 * (canvas after an apply), {@code drift} (canvas after Compare with Live with changes made behind the design's
 * back; {@code notread}: the same with one site's objects forbidden to list), {@code dialog} (the Apply dialog's per-resource result) or {@code import} (File > Import from Cluster).
 * When the state is reached the window title gets " READY", for the screenshot tool to wait on. Not a test.
 */
public final class ApplyScreenshotApp extends Application {

    private ThreeClusters clusters;
    private DesignerWindow window;
    private Stage stage;

    @Override
    public void start(Stage primary) throws Exception {
        this.stage = primary;
        String mode = getParameters().getRaw().isEmpty() ? "status" : getParameters().getRaw().get(0);
        Path home = ScratchDirectories.create("designer-shot");
        clusters = new ThreeClusters();
        Network network = ThreeClusters.design()
                .updateSite("west", s -> s.withPosition(new Position(80, 160)))
                .updateSite("east", s -> s.withPosition(new Position(640, 40)))
                .updateSite("north", s -> s.withPosition(new Position(640, 400)));
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(mode.equals("import") ? Network.empty("untitled") : network,
                null, UiExecutors.pooled(), ValidationServices.best(), new DesignerHome(home));
        window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1560, 960));
        stage.show();
        Map<String, MockCluster> contexts = new LinkedHashMap<>();
        clusters.all().forEach(c -> contexts.put(c.name(), c));
        Path kubeconfig = Kubeconfig.write(home.resolve("kubeconfig"), contexts);
        ApplyController c = window.apply().controller();
        c.setOptions(ApplyOptions.defaults().withWaits(Duration.ofSeconds(20), Duration.ofMillis(50)));
        c.kubeconfigProperty().set(kubeconfig);
        window.apply().showDialog();
        window.apply().dialog().stage().setX(stage.getX() + 420);
        window.apply().dialog().stage().setY(stage.getY() + 200);
        c.phaseProperty().addListener((o, was, now) -> {
            if (now == ApplyController.Phase.PLANNED && was == ApplyController.Phase.PLANNING
                    && c.executableProperty().get()) {
                c.apply();
            }
        });
        c.marks().addListener((ListChangeListener<ResourceMark>) change -> {
            if (c.marks().isEmpty()) {
                return;
            }
            boolean statuses = c.canvasMarks().titleProperty().get().startsWith("Live status");
            if (statuses && (mode.equals("drift") || mode.equals("notread"))) {
                behindTheDesignsBack();
                if (mode.equals("notread")) {
                    clusters.north.failAlways("GET", "/apis/skupper.io/v2alpha1/namespaces/north-ns/connectors", 403);
                }
                c.compare(context.document().network());
            } else if (statuses && mode.equals("import")) {
                window.apply().dialog().stage().hide();
                c.clearMarks();
                window.actions().importFromCluster();
                window.actions().clusterImport().controller().kubeconfigProperty().set(kubeconfig);
                window.actions().clusterImport().controller().loadContexts();
                window.actions().clusterImport().controller().contexts().addListener(
                        (ListChangeListener<Object>) x -> ready());
                window.actions().clusterImport().stage().setX(stage.getX() + 340);
                window.actions().clusterImport().stage().setY(stage.getY() + 180);
            } else if (!mode.equals("import")) {
                if (!mode.equals("dialog")) {
                    window.apply().dialog().stage().hide();
                }
                ready();
            }
        });
        c.plan(network, false, false);
    }

    private void behindTheDesignsBack() {
        clusters.west.client().genericKubernetesResources(KubeKinds.of("Listener")).inNamespace("west-ns")
                .withName("backend").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"port\":1234}}");
        clusters.north.client().genericKubernetesResources(KubeKinds.of("Connector")).inNamespace("north-ns")
                .withName("db").delete();
        clusters.east.client().genericKubernetesResources(KubeKinds.of("Connector")).inNamespace("east-ns")
                .resource(new GenericKubernetesResourceBuilder().withApiVersion("skupper.io/v2alpha1")
                        .withKind("Connector").withNewMetadata().withName("audit").withNamespace("east-ns")
                        .endMetadata().addToAdditionalProperties("spec", Map.of("routingKey", "audit", "selector",
                                "app=audit", "port", 9000)).build()).create();
    }

    /** Shows the tooltip of a mark the way a hover does (the decoration layer itself is mouse-transparent). */
    private void hover(String markId) {
        javafx.scene.Node pill = window.canvas().lookup("#mark-" + markId);
        if (pill == null) {
            return;
        }
        javafx.geometry.Bounds screen = pill.localToScreen(pill.getLayoutBounds());
        javafx.geometry.Bounds scene = pill.localToScene(pill.getLayoutBounds());
        javafx.event.Event.fireEvent(window.canvas(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_MOVED, scene.getCenterX(), scene.getCenterY(),
                screen.getCenterX(), screen.getCenterY(), javafx.scene.input.MouseButton.NONE, 0, false, false, false,
                false, false, false, false, false, false, false, null));
    }

    private void ready() {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(800));
        later.setOnFinished(e -> {
            window.canvas().fitToContent();
            window.canvas().zoomOut(); // room for the marks beside the cards, which the fit does not count
            window.canvas().layout();
            if (getParameters().getRaw().contains("drift")) {
                hover("west-Listener-backend");
            }
            stage.titleProperty().unbind();
            stage.setTitle("Skupper Designer READY");
        });
        later.play();
    }

    @Override
    public void stop() {
        clusters.close();
    }

    /** The entry point on a plain classpath (a main class extending Application needs JavaFX as modules). */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ApplyScreenshotApp.class, args);
        }
    }
}
