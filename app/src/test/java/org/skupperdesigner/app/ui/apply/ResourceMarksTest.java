package org.skupperdesigner.app.ui.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.KubeKinds;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/**
 * Per-resource marks on the canvas against three mock clusters with the fake Skupper controller: after an apply,
 * each listener, connector and link carries its live status; after changes made behind the design's back, Compare
 * with Live marks exactly the changed, missing and extra resources, and Dismiss takes the marks away.
 */
@ExtendWith(ApplicationExtension.class)
class ResourceMarksTest {

    private ThreeClusters clusters;
    private DesignerWindow window;
    private Path kubeconfig;

    @Start
    void start(Stage stage) throws Exception {
        Path home = ScratchDirectories.create("marks-test");
        clusters = new ThreeClusters();
        kubeconfig = MockClusterWindows.kubeconfig(home, clusters.all());
        Network design = MockClusterWindows.threeClusterDesign(new Position(60, 100), new Position(560, 60),
                new Position(560, 380));
        window = TestWindows.show(stage, TestWindows.context(design, null, home));
    }

    @AfterEach
    void stop() {
        window.apply().close();
        clusters.close();
    }

    @Test
    void afterAnApplyEachListenerConnectorAndLinkShowsItsLiveStatus(FxRobot robot) throws Exception {
        ApplyController controller = applyThroughTheDialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.marks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pill(robot, "west-Listener-backend").getText()).isEqualTo("✔ Matched");
        assertThat(pill(robot, "east-Connector-backend").getText()).isEqualTo("✔ Matched");
        assertThat(pill(robot, "link-east-to-west").getText()).isEqualTo("✔ Operational");
        assertThat(pill(robot, "link-north-to-west").getText()).isEqualTo("✔ Operational");
        assertThat(pill(robot, "west-Listener-backend").isVisible()).isTrue();
        assertThat(controller.marks()).filteredOn(m -> m.elementId().equals("site/west"))
                .extracting(ResourceMark::label).containsExactly("Ready");
        assertPillBesideItsRow(robot, "west/Listener/backend");

        TableView<?> table = robot.lookup("#apply-resources").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(controller.marks().size()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(robot.lookup("#markers-title").queryAs(Label.class).getText())
                .startsWith("Live status after apply: 9 ready");

        hoverOver(robot, pill(robot, "west-Listener-backend"));
        assertThat(overlay().tooltip().isShowing()).isTrue();
        assertThat(overlay().tooltip().getText()).contains("Listener/backend", "site west", "Matched");

        // fit to window keeps the marks beside the right-most cards in view too
        robot.interact(() -> window.canvas().fitToContent());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        assertThat(overlay().nodes()).isNotEmpty().allSatisfy(mark -> {
            if (mark.isVisible()) {
                Bounds b = mark.localToScene(mark.getLayoutBounds());
                assertThat(canvas.contains(b.getMinX(), b.getMinY()) && canvas.contains(b.getMaxX(), b.getMaxY()))
                        .as("%s at %s inside the canvas %s", mark.getId(), b, canvas).isTrue();
            }
        });
    }

    @Test
    void compareWithLiveMarksExactlyTheResourcesChangedMissingAndExtraLive(FxRobot robot) throws Exception {
        ApplyController controller = applyThroughTheDialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.marks().isEmpty());
        // behind the design's back: one listener edited, one connector deleted, one connector added by hand
        clusters.west.client().genericKubernetesResources(KubeKinds.of("Listener")).inNamespace("west-ns")
                .withName("backend").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"port\":1234}}");
        clusters.north.client().genericKubernetesResources(KubeKinds.of("Connector")).inNamespace("north-ns")
                .withName("db").delete();
        clusters.east.client().genericKubernetesResources(KubeKinds.of("Connector")).inNamespace("east-ns")
                .resource(new GenericKubernetesResourceBuilder().withApiVersion("skupper.io/v2alpha1")
                        .withKind("Connector").withNewMetadata().withName("by-hand").withNamespace("east-ns")
                        .endMetadata().addToAdditionalProperties("spec", Map.of("routingKey", "audit", "selector",
                                "app=audit", "port", 9000)).build()).create();

        press(robot, "#apply-compare");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.canvasMarks().titleProperty().get()
                .startsWith("Drift"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(controller.marks()).extracting(ResourceMark::elementId, ResourceMark::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("west/Listener/backend", ResourceMark.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("north/Connector/db", ResourceMark.Kind.MISSING),
                org.assertj.core.groups.Tuple.tuple("site/east", ResourceMark.Kind.EXTRA));
        assertThat(pill(robot, "west-Listener-backend").getText()).isEqualTo("~ changed live");
        assertThat(pill(robot, "west-Listener-backend").getStyleClass()).contains("mark-changed");
        assertThat(pill(robot, "north-Connector-db").getText()).isEqualTo("− missing live");
        VBox eastList = robot.lookup("#mark-list-east").queryAs(VBox.class);
        assertThat(lines(eastList)).containsExactly("+ Connector/by-hand");
        Bounds eastCard = window.canvas().siteBounds("east");
        assertThat(eastList.getBoundsInParent().getMinY()).isGreaterThan(eastCard.getMaxY());
        assertThat(robot.lookup("#apply-status-west").queryAs(Label.class).getText()).isEqualTo(
                "Drift: 1 difference(s)");

        hoverOver(robot, pill(robot, "west-Listener-backend"));
        assertThat(overlay().tooltip().getText()).contains("spec.port: live 1234, design 8080");

        press(robot, "#markers-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.marks()).isEmpty();
        assertThat(overlay().nodes()).isEmpty();
        assertThat(robot.lookup("#markers-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#apply-status-west").tryQuery()).isEmpty();
    }

    @Test
    void aSiteThatCannotBeReachedIsMarkedWithTheReason(FxRobot robot) throws Exception {
        ApplyController controller = window.apply().controller();
        robot.interact(() -> {
            controller.kubeconfigProperty().set(kubeconfig);
            window.apply().showDialog();
        });
        clusters.north.close();

        press(robot, "#apply-compare");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> controller.marks().stream()
                .anyMatch(m -> m.kind() == ResourceMark.Kind.UNREACHABLE));
        WaitForAsyncUtils.waitForFxEvents();

        ResourceMark north = controller.marks().stream().filter(m -> m.kind() == ResourceMark.Kind.UNREACHABLE)
                .findFirst().orElseThrow();
        assertThat(north.elementId()).isEqualTo("site/north");
        assertThat(north.detail()).startsWith("site north").contains("cannot reach the Kubernetes API");
        assertThat(lines(robot.lookup("#mark-list-north").queryAs(VBox.class)))
                .containsExactly("⚠ cannot read the site");
        assertThat(robot.lookup("#apply-status-north").queryAs(Label.class).getText()).isEqualTo("Unreachable");
        // the other sites were read: nothing was applied yet, so what the design has is missing live there
        assertThat(controller.marks()).filteredOn(m -> m.kind() == ResourceMark.Kind.UNREACHABLE).hasSize(1);
        assertThat(controller.marks()).filteredOn(m -> m.elementId().equals("west/Listener/backend"))
                .extracting(ResourceMark::kind).containsExactly(ResourceMark.Kind.MISSING);
    }

    private ApplyController applyThroughTheDialog(FxRobot robot) throws Exception {
        ApplyController controller = window.apply().controller();
        controller.setOptions(ApplyOptions.defaults().withWaits(Duration.ofSeconds(20), Duration.ofMillis(50)));
        robot.interact(() -> {
            controller.kubeconfigProperty().set(kubeconfig);
            window.apply().showDialog();
        });
        press(robot, "#apply-plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.phaseProperty().get()
                == ApplyController.Phase.PLANNED || controller.phaseProperty().get() == ApplyController.Phase.FAILED);
        press(robot, "#apply-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> controller.phaseProperty().get()
                != ApplyController.Phase.APPLYING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.phaseProperty().get()).as(String.join("\n", controller.log()))
                .isEqualTo(ApplyController.Phase.APPLIED);
        return controller;
    }

    /** The marks listed under a card (below its header). */
    private static java.util.List<String> lines(VBox list) {
        return list.getChildren().stream().filter(n -> n.getStyleClass().contains("site-mark-line"))
                .map(n -> ((Label) n).getText()).toList();
    }

    private ResourceMarksOverlay overlay() {
        return window.apply().marksOverlay();
    }

    private static Label pill(FxRobot robot, String id) {
        return robot.lookup("#mark-" + id).queryAs(Label.class);
    }

    /** The pill sits just right of its card, on the row's line. */
    private void assertPillBesideItsRow(FxRobot robot, String elementId) {
        Label pill = pill(robot, elementId.replace('/', '-'));
        Bounds row = window.canvas().resourceBounds(elementId);
        Bounds card = window.canvas().siteBounds(elementId.substring(0, elementId.indexOf('/')));
        Bounds at = pill.getBoundsInParent();
        assertThat(at.getMinX()).isGreaterThan(card.getMaxX());
        assertThat(at.getCenterY()).isBetween(row.getMinY(), row.getMaxY());
    }

    /** The decoration layer is mouse-transparent: a move over the canvas at the pill's place is what the user does. */
    private void hoverOver(FxRobot robot, Node pill) {
        robot.interact(() -> {
            Bounds b = pill.localToScreen(pill.getLayoutBounds());
            Bounds s = pill.localToScene(pill.getLayoutBounds());
            Event.fireEvent(window.canvas(), new MouseEvent(MouseEvent.MOUSE_MOVED, s.getCenterX(), s.getCenterY(),
                    b.getCenterX(), b.getCenterY(), MouseButton.NONE, 0, false, false, false, false, false, false,
                    false, false, false, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fires a dialog button on the FX thread once it is enabled (the dialog may be behind the main window). */
    private static void press(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] disabled = new boolean[1];
        robot.interact(() -> disabled[0] = button.isDisabled());
        assertThat(disabled[0]).as(query + " enabled").isFalse();
        robot.interact(button::fire);
    }
}
