package org.skupperdesigner.app.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.file.Prompts;
import org.skupperdesigner.app.ui.file.ScriptedFileDialogs;
import org.skupperdesigner.app.ui.file.ScriptedPrompts;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.network.Network;

/**
 * A designer window for TestFX tests of the file flows: same-thread executors, a throw-away home, scripted file
 * dialogs and (unless real alerts are asked for) scripted prompts. Helpers read FX state on the FX thread.
 */
final class ScriptedDesigner {

    final DesignerContext context;
    final DesignerWindow window;
    final Stage stage;
    final Path home;
    final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    final ScriptedPrompts prompts = new ScriptedPrompts();

    ScriptedDesigner(Stage stage, Network initial) {
        this(stage, initial, newHome(), null);
    }

    /** @param realPrompts null for scripted prompts */
    ScriptedDesigner(Stage stage, Network initial, Path home, Prompts realPrompts) {
        this.stage = stage;
        this.home = home;
        Application.setUserAgentStylesheet(Theme.primerLight());
        context = new DesignerContext(initial, null, UiExecutors.sameThread(), ValidationServices.best(),
                new DesignerHome(home), dialogs, realPrompts != null ? realPrompts : prompts);
        window = new DesignerWindow(context, stage);
        TestWindows.putOnStage(stage, window.createScene(1280, 800));
    }

    static Path newHome() {
        return ScratchDirectories.create("designer-file-flows");
    }

    /**
     * Clicks through the menu bar, e.g. {@code menu(robot, "File", "Save As…")}. Only labels in showing windows
     * count: a rebuilt menu (Open Recent) leaves the old entries' labels behind in a closed popup.
     */
    static void menu(FxRobot robot, String... path) {
        for (int i = 0; i < path.length; i++) {
            String entry = path[i];
            java.util.function.Predicate<javafx.scene.Node> showingEntry = n -> n instanceof javafx.scene.control.Labeled
                    && entry.equals(((javafx.scene.control.Labeled) n).getText()) && n.getScene() != null
                    && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing() && n.isVisible();
            // a menu's popup is filled and laid out a pulse or more after it shows; on a loaded machine, later
            try {
                WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                        () -> robot.lookup(showingEntry).tryQuery().isPresent());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no menu entry '" + entry + "' showing after 10 s", e);
            }
            javafx.scene.Node label = robot.lookup(showingEntry).query();
            // into a submenu: right first, then down, as a diagonal path crosses other items, which closes it;
            // elsewhere direct, as moving along the menu bar would switch to other menus
            robot.clickOn(label, i >= 2 ? org.testfx.robot.Motion.HORIZONTAL_FIRST : org.testfx.robot.Motion.DIRECT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every file dialog and prompt the test caused had a scripted answer. */
    void assertNothingUnexpectedAsked() {
        org.assertj.core.api.Assertions.assertThat(dialogs.unexpected()).as("file dialogs without a scripted answer")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(prompts.unexpected()).as("prompts without a scripted answer")
                .isEmpty();
    }

    Network network() {
        return onFx(() -> context.document().network());
    }

    boolean dirty() {
        return onFx(() -> context.document().isDirty());
    }

    String title() {
        return onFx(stage::getTitle);
    }

    Path file() {
        return onFx(() -> context.document().file());
    }

    static <T> T onFx(java.util.concurrent.Callable<T> read) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
