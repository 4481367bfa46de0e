package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.menu;
import static org.skupperdesigner.app.ui.ScriptedDesigner.onFx;

import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.file.AlertPrompts;
import org.skupperdesigner.app.ui.file.Autosave;
import org.skupperdesigner.app.ui.file.AutosaveSession;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;

/**
 * The real alerts the application shows ({@link AlertPrompts}), clicked like a user would: the confirmation before
 * unsaved work is replaced or the window quits, and the recovery prompt at start-up.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkAlertTest {

    private ScriptedDesigner fx;

    @Start
    void start(Stage stage) {
        fx = new ScriptedDesigner(stage, DesignTemplate.HELLO_WORLD.build(), ScriptedDesigner.newHome(),
                new AlertPrompts());
    }

    @Test
    void theUnsavedChangesAlertCancelKeepsTheWorkAndDontSaveOpensTheOtherFile(FxRobot robot) throws Exception {
        Path other = fx.home.resolve("ha.skupper-design.yaml");
        new DesignFiles().save(DesignTemplate.HA_PAIR.build(), other);
        robot.clickOn("#palette-site-podman");
        Network work = fx.network();

        menu(robot, "File", "Open…");
        assertThat(alertHeader(robot)).isEqualTo("Save the changes to hello-world?");
        robot.clickOn("#" + AlertPrompts.CANCEL_ID);
        assertThat(fx.dialogs.asked()).isEmpty();
        assertThat(fx.network()).isEqualTo(work);
        assertThat(fx.dirty()).isTrue();

        fx.dialogs.answer(other);
        menu(robot, "File", "Open…");
        robot.clickOn("#" + AlertPrompts.DISCARD_ID);
        assertThat(fx.network()).isEqualTo(DesignTemplate.HA_PAIR.build());
        assertThat(fx.dirty()).isFalse();
    }

    @Test
    void quittingWithUnsavedWorkAsksAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.clickOn("#palette-site-linux");
        menu(robot, "File", "Quit");
        robot.clickOn("#" + AlertPrompts.CANCEL_ID);
        assertThat(onFx(() -> fx.stage.isShowing())).isTrue();
        assertThat(fx.dirty()).isTrue();
        assertThat(onFx(() -> fx.window.closeConfirmed())).as("a cancelled close keeps the work").isFalse();
    }

    @Test
    void closingTheWindowWithDontSaveClosesItAndMarksTheWorkAsLetGo(FxRobot robot) {
        robot.clickOn("#palette-site-linux");
        // the close request a window manager sends (File > Quit would also exit JavaFX, which the other tests need)
        javafx.application.Platform.runLater(() -> fx.stage.fireEvent(
                new javafx.stage.WindowEvent(fx.stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alertHeader(robot)).isEqualTo("Save the changes to hello-world?");
        robot.clickOn("#" + AlertPrompts.DISCARD_ID);

        assertThat(onFx(() -> fx.stage.isShowing())).isFalse();
        assertThat(onFx(() -> fx.window.closeConfirmed())).as("the application then drops the recovery copy")
                .isTrue();
    }

    @Test
    void theRecoveryAlertRecoversTheAutosavedDesign(FxRobot robot) throws Exception {
        Network autosaved = DesignTemplate.THREE_CLOUD_FAILOVER.build();
        Path dir = fx.context.home().autosaveDir();
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(Autosave.FILE_NAME), new DesignFiles().toText(autosaved));

        Future<AutosaveSession> session = WaitForAsyncUtils.asyncFx(() ->
                AutosaveSession.start(fx.context, fx.stage, javafx.util.Duration.seconds(30)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + AlertPrompts.RECOVER_ID)
                .tryQuery().isPresent());
        assertThat(alertHeader(robot)).contains("did not close cleanly");
        robot.clickOn("#" + AlertPrompts.RECOVER_ID);
        AutosaveSession started = session.get(10, TimeUnit.SECONDS);

        assertThat(fx.network()).isEqualTo(autosaved);
        assertThat(fx.dirty()).isTrue();
        robot.interact(started::close);
    }

    private static String alertHeader(FxRobot robot) {
        return onFx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText());
    }
}
