package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.file.Autosave;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;

/** Canvas gestures and the side panels on the hello-world design. */
@ExtendWith(ApplicationExtension.class)
class DesignerCanvasAndPanelsTest {

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        fx = new DesignerFixture(stage, DesignTemplate.HELLO_WORLD.build());
    }

    @Test
    void aBadRoutingKeyIsFlaggedBesideTheFieldAndNeverCommitted(FxRobot robot) {
        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        robot.doubleClickOn("#field-spec-routingKey");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Bad_Key");
        Label message = robot.lookup("#message-spec-routingKey").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("lowercase");
        robot.type(KeyCode.ENTER);
        assertThat(listenerKey()).isEqualTo("backend");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("orders");
        assertThat(message.isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(listenerKey()).isEqualTo("orders");
        assertThat(fx.window.yaml().yaml()).contains("routingKey: orders");
    }

    @Test
    void theValidatorsFindingAboutAFieldStandsUnderThatFieldUntilTheUserTypesANewValue(FxRobot robot) {
        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        Label message = robot.lookup("#message-spec-routingKey").queryAs(Label.class);
        Node field = robot.lookup("#field-spec-routingKey").query();
        assertThat(message.isVisible()).isFalse();
        robot.doubleClickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("orders");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.isVisible()).isTrue();
        // the sheet's header names the listener already: the message does not again
        assertThat(message.getText()).isEqualTo("Uses routing key 'orders', which no connector serves; clients will "
                + "get connection refused.");
        assertThat(message.getStyleClass()).contains("warning");
        assertThat(field.getPseudoClassStates()).extracting(PseudoClass::getPseudoClassName).contains("warning")
                .doesNotContain("invalid");
        // and the YAML panel marks the line it is about
        assertThat(fx.window.yaml().marks()).hasSize(1).allSatisfy((line, d) -> {
            assertThat(d.ruleId()).isEqualTo("routing-key.unmatched-listener");
            assertThat(fx.window.yaml().yaml().split("\n")[line]).isEqualTo("  routingKey: orders");
        });

        // from another tab, clicking the problem brings the property sheet with the finding forward
        robot.clickOn("#yaml-tab");
        assertThat(shown(message)).isFalse();
        robot.clickOn(robot.lookup(".problem-message").<Label>match(l -> l.getText().contains("'orders'"))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(message)).as("the Properties tab is showing").isTrue();
        assertThat(shown(robot.lookup("#yaml-text").query())).isFalse();
        robot.doubleClickOn(field);

        // while a new value is typed the finding about the old one is not shown; once committed, it is gone
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("backen");
        assertThat(message.isVisible()).isFalse();
        robot.write("d");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isVisible()).isFalse();
        assertThat(field.getPseudoClassStates()).extracting(PseudoClass::getPseudoClassName)
                .doesNotContain("warning");
    }

    /** Whether the node and every parent is visible (a hidden tab's content keeps its own visible flag). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void draggingSelectedSitesMovesThemAsOneUndoableEdit(FxRobot robot) {
        Network before = network();
        robot.drag(CanvasNodes.site(robot, "west"), MouseButton.PRIMARY).moveBy(0, 120).drop();
        assertThat(network().site("west").orElseThrow().position().y()).isGreaterThan(before.site("west")
                .orElseThrow().position().y() + 60);
        assertThat(network().site("west").orElseThrow().position().y() % 20).isZero();
        robot.interact(fx.window.actions()::undo);
        assertThat(network()).isEqualTo(before);
    }

    @Test
    void aPressBesideALinksLineSelectsTheLink(FxRobot robot) {
        Node link = CanvasNodes.link(robot, "east-to-west");
        Line line = (Line) ((Parent) link).getChildrenUnmodifiable().stream().filter(Line.class::isInstance)
                .findFirst().orElseThrow();
        Point2D a = FxReads.fx(robot, () -> line.localToScreen(line.getStartX(), line.getStartY()));
        Point2D b = FxReads.fx(robot, () -> line.localToScreen(line.getEndX(), line.getEndY()));
        // near the dialing end, clear of the cost label and the arrow, 4 px to the side of the 2 px line
        Point2D along = a.add(b.subtract(a).multiply(0.12));
        Point2D side = new Point2D(-(b.getY() - a.getY()), b.getX() - a.getX()).normalize().multiply(4);
        robot.clickOn(along.add(side));
        assertThat(fx.context.selection().primary()).isEqualTo("link/east-to-west");
    }

    @Test
    void rubberBandSelectsBothSitesAndDeleteRemovesThemWithTheirLink(FxRobot robot) {
        Bounds canvas = robot.lookup("#design-canvas").query().localToScreen(
                robot.lookup("#design-canvas").query().getBoundsInLocal());
        robot.moveTo(canvas.getMinX() + 8, canvas.getMinY() + 8).press(MouseButton.PRIMARY)
                .moveTo(canvas.getMaxX() - 10, canvas.getMinY() + 330).release(MouseButton.PRIMARY);
        assertThat(fx.context.selection().selectedSiteIds()).containsExactlyInAnyOrder("west", "east");
        robot.type(KeyCode.DELETE);
        assertThat(network().sites()).isEmpty();
        assertThat(network().links()).isEmpty();
        assertThat(fx.window.canvas().linkCount()).isZero();
    }

    @Test
    void copyPasteAddsAnOffsetCopyThatIsSelected(FxRobot robot) {
        robot.clickOn(CanvasNodes.site(robot, "east"));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertThat(network().site("east-2")).isPresent();
        assertThat(fx.context.selection().selectedSiteIds()).containsExactly("east-2");
        assertThat(fx.window.canvas().cardCount()).isEqualTo(3);
    }

    @Test
    void anAnalysisMovesItsSitesOutFromUnderTheBanner(FxRobot robot) {
        Node west = CanvasNodes.site(robot, "west");
        Node canvas = robot.lookup("#design-canvas").query();
        // the west card's top 4 px below the canvas's top edge, where the banner will float
        robot.interact(() -> fx.window.canvas().viewport().panBy(0, 4 - (screen(west).getMinY()
                - screen(canvas).getMinY())));
        assertThat(screen(west).getMinY() - screen(canvas).getMinY()).isCloseTo(4, org.assertj.core.data.Offset
                .offset(1.0));

        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        WaitForAsyncUtils.waitForFxEvents();

        Node banner = robot.lookup("#analysis-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(screen(west).getMinY()).as("west's card below the banner")
                .isGreaterThanOrEqualTo(screen(banner).getMaxY());
        assertThat(screen(CanvasNodes.site(robot, "east")).getMinY()).isGreaterThanOrEqualTo(screen(banner).getMaxY());
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    @Test
    void selectingAListenerShowsReachabilityAndWhatIfShowsTheCut(FxRobot robot) {
        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        Node banner = robot.lookup("#analysis-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#analysis-banner-text").queryLabeled().getText())
                .contains("1 of 1 connector reachable");
        robot.clickOn(CanvasNodes.site(robot, "east"));
        robot.clickOn("#toolbar-what-if");
        assertThat(robot.lookup("#analysis-banner-text").queryLabeled().getText())
                .contains("If site east fails");
        assertThat(fx.window.canvas().highlightProperty().get().dimmed()).contains("site/east",
                "link/east-to-west");
    }

    @Test
    void findRevealsAnElementAndTemplatesInsertBesideTheDesign(FxRobot robot) throws Exception {
        robot.clickOn("#find-field").write("eas");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> suggestionPopup(robot).isPresent());
        assertThat(suggestionPopup(robot).orElseThrow().getScene().getStylesheets())
                .as("the suggestions see the designer's look-ups").anyMatch(css -> css.endsWith("designer.css"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(fx.context.selection().primary()).as("the suggestion picked with Enter").isEqualTo("site/east");
        robot.interact(() -> fx.context.selection().clear());
        robot.clickOn("#find-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("east");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> suggestionPopup(robot).isPresent());
        robot.type(KeyCode.ENTER);
        assertThat(fx.context.selection().primary()).as("Enter in the field").isEqualTo("site/east");
        robot.clickOn("#palette-template-ha-pair");
        assertThat(network().sites()).hasSize(5);
        assertThat(network().site("primary").orElseThrow().siteSpec().isHa()).isTrue();
        assertThat(fx.window.canvas().cardCount()).isEqualTo(5);
    }

    private static java.util.Optional<javafx.stage.Window> suggestionPopup(FxRobot robot) {
        return FxReads.fx(robot, () -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getClass().getSimpleName().equals("AutoCompletePopup"))
                .filter(javafx.stage.Window::isShowing).findFirst());
    }

    @Test
    void autosaveWritesARecoveryCopyOnlyWhileThereAreUnsavedChanges(FxRobot robot) throws Exception {
        Autosave autosave = new Autosave(fx.context.document(), fx.home.resolve("autosave"), Duration.hours(1));
        robot.interact(autosave::saveNow);
        assertThat(autosave.pendingRecovery()).isEmpty();
        robot.clickOn(CanvasNodes.site(robot, "west"));
        robot.type(KeyCode.DELETE);
        robot.interact(autosave::saveNow);
        assertThat(autosave.pendingRecovery()).isPresent();
        assertThat(Files.readString(autosave.recoveryFile())).contains("east").doesNotContain("id: west");
        robot.interact(() -> fx.window.actions().files().saveTo(fx.home.resolve("saved.skupper-design.yaml")));
        assertThat(autosave.pendingRecovery()).isEmpty();
        autosave.close();
    }

    private String listenerKey() {
        return network().site("west").orElseThrow().resourcesOf(Listener.class).findFirst().orElseThrow().spec()
                .routingKey();
    }

    private Network network() {
        WaitForAsyncUtils.waitForFxEvents();
        return fx.context.document().network();
    }
}
