package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.onFx;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.canvas.SiteCardView;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;

/**
 * Real drag-and-drop from the palette onto the canvas (Monocle carries the dragboard): a site lands under the
 * pointer, a template's sites land from the drop point, a listener or connector goes into the site card it is
 * dropped on, and nowhere else.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteDragAndDropTest {

    private ScriptedDesigner fx;

    @Start
    void start(Stage stage) {
        fx = new ScriptedDesigner(stage, Network.empty("untitled"));
    }

    @Test
    void aKubernetesSiteDraggedOntoTheCanvasLandsWhereItWasDropped(FxRobot robot) {
        Point2D screen = canvasPoint(420, 260);
        Point2D world = toWorld(screen);
        robot.drag("#palette-site-kubernetes").moveTo(screen).drop();

        assertThat(fx.network().sites()).singleElement().satisfies(site -> {
            assertThat(site.platform()).isEqualTo(Platform.KUBERNETES);
            // held by the middle of the header, snapped to the grid
            assertThat(site.position().x() + SiteCardView.WIDTH / 2).isCloseTo(world.getX(),
                    org.assertj.core.data.Offset.offset(DesignCanvas.GRID));
            assertThat(site.position().y() + 30).isCloseTo(world.getY(),
                    org.assertj.core.data.Offset.offset(DesignCanvas.GRID));
        });
        assertThat(onFx(() -> fx.window.canvas().siteAt(world))).isEqualTo(fx.network().sites().get(0).id());
    }

    @Test
    void aTemplateDraggedOntoTheCanvasAddsItsSitesFromTheDropPointAndServicesGoIntoTheCardTheyAreDroppedOn(
            FxRobot robot) {
        Point2D screen = canvasPoint(120, 90);
        Point2D world = toWorld(screen);
        robot.drag("#palette-template-hello-world").moveTo(screen).drop();

        assertThat(fx.network().sites()).extracting(NetworkSite::id).containsExactlyInAnyOrder("west", "east");
        assertThat(fx.network().links()).hasSize(1);
        assertThat(fx.network().name()).as("an untitled design takes the template's name").isEqualTo("hello-world");
        NetworkSite west = fx.network().site("west").orElseThrow();
        assertThat(west.position().x()).isCloseTo(world.getX(), org.assertj.core.data.Offset.offset(DesignCanvas.GRID));
        assertThat(west.position().y()).isCloseTo(world.getY(), org.assertj.core.data.Offset.offset(DesignCanvas.GRID));

        // no site selected: the tiles are dimmed, not disabled, so they can still be dragged onto a card
        robot.interact(() -> fx.context.selection().clear());
        assertThat(onFx(() -> robot.lookup("#palette-listener").query().isDisabled())).isFalse();
        robot.drag("#palette-listener").dropTo(CanvasNodes.site(robot, "east"));
        robot.drag("#palette-connector").dropTo(CanvasNodes.site(robot, "west"));

        assertThat(fx.network().site("east").orElseThrow().resourcesOf(Listener.class)).hasSize(1);
        assertThat(fx.network().site("east").orElseThrow().resourcesOf(Connector.class)).hasSize(1);
        assertThat(fx.network().site("west").orElseThrow().resourcesOf(Connector.class)).hasSize(1);
        assertThat(fx.network().site("west").orElseThrow().resourcesOf(Listener.class)).hasSize(1);
        assertThat(onFx(() -> fx.context.selection().primary())).as("the new connector, ready for its routing key")
                .startsWith("west/Connector/");

        int lines = onFx(() -> fx.window.canvas().serviceLineCount());
        robot.drag("#palette-multi-key-listener").dropTo(CanvasNodes.site(robot, "west"));
        assertThat(multiKeyListener().spec().strategy().priorityRoutingKeys()).containsExactly("service",
                "service-backup");
        assertThat(onFx(() -> fx.context.selection().primary())).isEqualTo("west/MultiKeyListener/service-failover");
        assertThat(onFx(() -> fx.window.canvas().serviceLineCount())).as("'service' is served in west")
                .isEqualTo(lines + 1);

        // its keys are typed in the property sheet, a wrong one explained and never committed
        robot.doubleClickOn("#field-spec-strategy");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("service, Backup");
        assertThat(robot.lookup("#message-spec-strategy").queryAs(Label.class).getText()).startsWith("'Backup'");
        robot.type(KeyCode.ENTER);
        assertThat(multiKeyListener().spec().strategy().priorityRoutingKeys()).containsExactly("service",
                "service-backup");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("service-eu, service");
        robot.type(KeyCode.ENTER);
        assertThat(multiKeyListener().spec().strategy().priorityRoutingKeys()).containsExactly("service-eu",
                "service");
    }

    private MultiKeyListener multiKeyListener() {
        return fx.network().site("west").orElseThrow().resourcesOf(MultiKeyListener.class).findFirst().orElseThrow();
    }

    @Test
    void aListenerDroppedOnEmptyCanvasAddsNothingAndAClickWithoutASiteSaysWhatToDo(FxRobot robot) {
        robot.drag("#palette-site-docker").moveTo(canvasPoint(200, 150)).drop();
        Network before = fx.network();
        robot.drag("#palette-listener").moveTo(canvasPoint(800, 500)).drop();
        assertThat(fx.network()).isEqualTo(before);

        robot.interact(() -> fx.context.selection().clear());
        robot.clickOn("#palette-listener");
        assertThat(fx.network()).isEqualTo(before);
        assertThat(fx.prompts.shown("info")).singleElement().satisfies(i -> {
            assertThat(i.header()).contains("listener");
            assertThat(i.text()).contains("drag");
        });
    }

    private Point2D canvasPoint(double x, double y) {
        return onFx(() -> fx.window.canvas().localToScreen(x, y));
    }

    private Point2D toWorld(Point2D screen) {
        return onFx(() -> {
            Point2D local = fx.window.canvas().screenToLocal(screen);
            return fx.window.canvas().viewport().toWorld(local.getX(), local.getY());
        });
    }
}
