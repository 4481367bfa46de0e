package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;

/**
 * What makes the window come up fast without changing what the user gets: the first design read while the window
 * is built (and edits held until it arrives), an opened design framed in view, side-panel tabs built when first
 * shown, and tooltips made when first hovered.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStartupTest {

    private ScriptedDesigner fx;

    @Start
    void start(Stage stage) {
        fx = new ScriptedDesigner(stage, Network.empty("untitled"));
    }

    @AfterEach
    void nothingUnexpectedWasAsked() {
        fx.assertNothingUnexpectedAsked();
    }

    @Test
    void theFirstDesignArrivesAfterTheWindowEditsWaitForItAndItOpensFramedInView(FxRobot robot) throws Exception {
        Path file = fx.home.resolve("far.skupper-design.yaml");
        Network far = farAway(DesignTemplate.HUB_AND_SPOKE.build());
        new DesignFiles().save(far, file);
        CompletableFuture<FileActions.Outcome> reading = new CompletableFuture<>();
        AtomicBoolean then = new AtomicBoolean();
        robot.interact(() -> fx.window.actions().files().openAtStart(new FileActions.PendingRead(file, reading),
                false, () -> then.set(true)));

        robot.clickOn("#palette-site-docker");
        assertThat(fx.network().sites()).as("nothing is drawn while the first design is read").isEmpty();
        assertThat(then).isFalse();

        reading.complete(FileActions.startReading(file, Runnable::run).outcome().toCompletableFuture()
                .get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, then::get);
        assertThat(fx.network()).isEqualTo(far);
        assertThat(fx.file()).isEqualTo(file);
        assertThat(fx.dirty()).isFalse();
        assertThat(onFx(() -> fx.window.actions().files().recent().files())).contains(file);
        assertEverySiteInView(far);
        assertThat(onFx(() -> robot.lookup("#field-network-name").queryAs(TextField.class).getText()))
                .as("the properties of the design shown, not of the empty one before it").isEqualTo(far.name());

        robot.clickOn("#palette-site-docker");
        assertThat(fx.network().sites()).as("editing works once it is shown").hasSize(far.sites().size() + 1);
    }

    @Test
    void undoingARenameShowsTheOldNameInTheField(FxRobot robot) {
        TextField name = robot.lookup("#field-network-name").queryAs(TextField.class);
        robot.doubleClickOn(name).eraseText(20).write("shop").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(fx.network().name()).isEqualTo("shop");
        robot.interact(() -> fx.window.actions().undo());
        assertThat(fx.network().name()).isEqualTo("untitled");
        assertThat(onFx(() -> name.getText())).isEqualTo("untitled");
        robot.interact(() -> fx.window.actions().redo());
        assertThat(onFx(() -> name.getText())).isEqualTo("shop");
    }

    @Test
    void anExampleFromAReadOnlyFolderOpensAsAnUnsavedCopy(FxRobot robot) throws Exception {
        Path file = fx.home.resolve("example.skupper-design.yaml");
        new DesignFiles().save(DesignTemplate.HA_PAIR.build(), file);
        AtomicBoolean then = new AtomicBoolean();
        robot.interact(() -> fx.window.actions().files().openAtStart(FileActions.startReading(file, Runnable::run),
                true, () -> then.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, then::get);
        assertThat(fx.network()).isEqualTo(DesignTemplate.HA_PAIR.build());
        assertThat(fx.file()).as("saving asks where").isNull();
        assertThat(fx.dirty()).isFalse();
        assertThat(onFx(() -> fx.window.actions().files().recent().files())).doesNotContain(file);
    }

    @Test
    void aFirstDesignThatCannotBeReadSaysSoAndLeavesAnEmptyEditableDesign(FxRobot robot) throws Exception {
        Path missing = fx.home.resolve("gone.skupper-design.yaml");
        AtomicBoolean then = new AtomicBoolean();
        robot.interact(() -> fx.window.actions().files().openAtStart(
                FileActions.startReading(missing, Runnable::run), false, () -> then.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, then::get);
        assertThat(fx.prompts.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("Cannot open gone.skupper-design.yaml");
            assertThat(e.text()).contains(missing + " does not exist.").contains("a new, empty design");
        });
        assertThat(fx.network().sites()).isEmpty();
        robot.clickOn("#palette-site-docker");
        assertThat(fx.network().sites()).hasSize(1);
    }

    @Test
    void fileOpenFramesTheOpenedDesign(FxRobot robot) throws Exception {
        Path file = fx.home.resolve("far.skupper-design.yaml");
        Network far = farAway(DesignTemplate.THREE_CLOUD_FAILOVER.build());
        new DesignFiles().save(far, file);
        robot.interact(() -> fx.window.actions().files().openPath(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> fx.network().equals(far)));
        assertEverySiteInView(far);
    }

    @Test
    void hiddenSidePanelTabsAreBuiltWhenFirstShown(FxRobot robot) throws Exception {
        TabPane side = robot.lookup(".side-tabs").queryAs(TabPane.class);
        Map<String, Tab> tabs = onFx(() -> side.getTabs().stream().collect(Collectors.toMap(Tab::getText, t -> t)));
        assertThat(onFx(() -> tabs.get("Properties").getContent())).isNotNull();
        assertThat(onFx(() -> tabs.get("YAML").getContent())).isNull();
        assertThat(onFx(() -> tabs.get("Simulation").getContent())).isNull();
        assertThat(robot.lookup("#simulation-panel").tryQuery()).isEmpty();

        robot.clickOn("YAML");
        assertThat(onFx(() -> tabs.get("YAML").getContent())).isSameAs(fx.window.yaml());
        assertThat(robot.lookup("#yaml-preview").tryQuery()).isPresent();

        robot.clickOn("Simulation");
        assertThat(robot.lookup("#simulation-panel").tryQuery()).isPresent();
        robot.clickOn("#sim-panel-toggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> fx.window.simulation().runningProperty()
                .get()));
        robot.interact(() -> fx.window.simulation().close());
    }

    @Test
    void aToolbarTooltipIsMadeOnFirstHoverAndShows(FxRobot robot) throws Exception {
        Button fit = robot.lookup("#toolbar-fit").queryAs(Button.class);
        assertThat(onFx(fit::getTooltip)).as("no tooltip before the pointer comes").isNull();
        robot.moveTo(fit);
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                        && "Fit to window (Ctrl+0)".equals(t.getText()))));
        assertThat(onFx(() -> fit.getTooltip().getText())).isEqualTo("Fit to window (Ctrl+0)");
        // a tooltip left showing (or shown again over the next test's button under the pointer) becomes the robot's
        // target window, and the next test's lookups miss the stage
        robot.moveTo(fx.window.canvas());
        robot.interact(() -> fit.getTooltip().hide());
    }

    @Test
    void theFindFieldSuggestsNamesOnceFocused(FxRobot robot) throws Exception {
        robot.interact(() -> fx.context.document().replaceDocument(TestWindows.helloWorld(), null));
        javafx.scene.Node find = onFx(() -> fx.stage.getScene().lookup("#find-field"));
        robot.clickOn(find).write("bac");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof impl.org.controlsfx.skin.AutoCompletePopup<?> p && p.isShowing()
                        && p.getSuggestions().stream().map(Object::toString).toList()
                        .containsAll(List.of("west / backend", "east / backend")))));
    }

    /** The design moved far from the origin, where a canvas that did not frame it would show nothing of it. */
    private static Network farAway(Network design) {
        Network moved = design;
        for (NetworkSite site : design.sites()) {
            moved = moved.withSite(site.withPosition(new Position(site.position().x() + 6000,
                    site.position().y() + 4000)));
        }
        return moved;
    }

    private void assertEverySiteInView(Network design) {
        Bounds view = onFx(() -> fx.window.canvas().viewport().visibleWorld(fx.window.canvas().getWidth(),
                fx.window.canvas().getHeight()));
        assertThat(design.sites()).allSatisfy(site -> assertThat(view.contains(site.position().x(),
                site.position().y())).as("%s at %s within %s", site.name(), site.position(), view).isTrue());
    }
}
