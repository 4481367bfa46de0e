package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.menu;
import static org.skupperdesigner.app.ui.ScriptedDesigner.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.file.Autosave;
import org.skupperdesigner.app.ui.file.AutosaveSession;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;

/**
 * Autosave and crash recovery as the application wires them ({@link AutosaveSession}): a window edits, the short
 * test interval writes a recovery copy, the window "crashes" (its timer stops without a clean close), and a second
 * window on the same designer home offers the copy back.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveRecoveryTest {

    private static final Duration INTERVAL = Duration.millis(150);

    private ScriptedDesigner crashed;
    private AutosaveSession crashedSession;
    private ScriptedDesigner restarted;
    private AutosaveSession restartedSession;

    @Start
    void start(Stage stage) {
        crashed = new ScriptedDesigner(stage, DesignTemplate.HELLO_WORLD.build());
        crashedSession = AutosaveSession.start(crashed.context, stage, INTERVAL);
    }

    @AfterEach
    void closeSecondWindow(FxRobot robot) {
        robot.interact(() -> {
            crashedSession.autosave().close();
            if (restarted != null) {
                restartedSession.autosave().close();
                restarted.stage.hide();
            }
        });
    }

    @Test
    void recoverBringsBackTheEditedDesignInANewWindowOnTheSameHome(FxRobot robot) throws Exception {
        Path saved = crashed.home.resolve("origin.skupper-design.yaml");
        crashed.dialogs.answer(saved);
        menu(robot, "File", "Save As…");
        robot.clickOn("#palette-site-docker");
        Network edited = crashed.network();
        Path recovery = waitForAutosaveOf(edited);

        crash(robot);
        restart(robot, true);

        assertThat(restarted.prompts.shown("recovery")).singleElement()
                .satisfies(p -> assertThat(p.header()).isEqualTo(recovery.toString()));
        assertThat(restarted.network()).isEqualTo(edited);
        assertThat(restarted.dirty()).as("recovered work is unsaved").isTrue();
        assertThat(restarted.file()).as("it belongs to the file it was edited from").isEqualTo(saved);
        assertThat(restarted.title()).endsWith("•");
        assertThat(recovery).as("kept until the user saves").isRegularFile();
        assertThat(onFx(() -> restarted.window.canvas().cardCount())).isEqualTo(3);

        menu(robot, "File", "Save");
        assertThat(restarted.dirty()).isFalse();
        assertThat(recovery).as("saving removes the recovery copy").doesNotExist();
        assertThat(new DesignFiles().open(saved).network()).isEqualTo(edited);
    }

    @Test
    void discardDeletesTheRecoveryCopyAndKeepsTheFreshDesign(FxRobot robot) throws Exception {
        robot.clickOn("#palette-site-linux");
        Path recovery = waitForAutosaveOf(crashed.network());

        crash(robot);
        restart(robot, false);

        assertThat(restarted.prompts.shown("recovery")).hasSize(1);
        assertThat(recovery).doesNotExist();
        assertThat(restarted.network()).isEqualTo(Network.empty("untitled"));
        assertThat(restarted.dirty()).isFalse();
    }

    @Test
    void anUnreadableRecoveryCopyIsKeptAsideWithAMessageAndTheDesignIsUntouched(FxRobot robot) throws Exception {
        crash(robot);
        Path recovery = crashed.context.home().autosaveDir().resolve(Autosave.FILE_NAME);
        Files.createDirectories(recovery.getParent());
        Files.writeString(recovery, "this: [is not\n a: design\n");

        restart(robot, true);

        assertThat(restarted.network()).isEqualTo(Network.empty("untitled"));
        assertThat(recovery).doesNotExist();
        Path kept;
        try (Stream<Path> files = Files.list(recovery.getParent())) {
            kept = files.filter(p -> p.getFileName().toString().endsWith(".unreadable.yaml")).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readString(kept)).isEqualTo("this: [is not\n a: design\n");
        assertThat(restarted.prompts.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("Cannot recover the autosaved design");
            assertThat(e.text()).contains(kept.toString());
        });
    }

    @Test
    void aCleanCloseWithNothingUnsavedLeavesNoRecoveryCopy(FxRobot robot) throws Exception {
        robot.clickOn("#palette-site-linux");
        Path recovery = waitForAutosaveOf(crashed.network());
        robot.interact(() -> crashed.context.document().undo());
        assertThat(crashed.dirty()).isFalse();
        assertThat(recovery).as("back to the saved state: nothing to recover").doesNotExist();
        robot.interact(() -> crashedSession.close());
        restart(robot, true);
        assertThat(restarted.prompts.shown()).isEmpty();
    }

    @Test
    void aSessionEndedWithoutTheUserClosingKeepsTheLatestUnsavedWorkAtOnce(FxRobot robot) {
        robot.interact(() -> crashedSession.autosave().close());   // the timer stops: only the session end writes now
        robot.clickOn("#palette-site-linux");
        Network edited = crashed.network();
        Path recovery = crashed.context.home().autosaveDir().resolve(Autosave.FILE_NAME);
        assertThat(recovery).doesNotExist();

        robot.interact(() -> crashedSession.close());   // what a termination signal ends with

        assertThat(new DesignFiles().open(recovery).network()).isEqualTo(edited);
        crash(robot);
        restart(robot, true);
        assertThat(restarted.prompts.shown("recovery")).hasSize(1);
        assertThat(restarted.network()).isEqualTo(edited);
    }

    @Test
    void closingAfterTheUserChoseNotToSaveLeavesNothingToRecover(FxRobot robot) throws Exception {
        robot.clickOn("#palette-site-linux");
        Path recovery = waitForAutosaveOf(crashed.network());

        robot.interact(() -> crashedSession.closeDiscardingUnsavedWork());

        assertThat(recovery).doesNotExist();
        crash(robot);
        restart(robot, true);
        assertThat(restarted.prompts.shown()).isEmpty();
    }

    /** Waits (bounded) until the autosave timer has written {@code expected}; returns the recovery file. */
    private Path waitForAutosaveOf(Network expected) throws Exception {
        Path recovery = crashed.context.home().autosaveDir().resolve(Autosave.FILE_NAME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(recovery)
                && expected.equals(new DesignFiles().open(recovery).network()));
        return recovery;
    }

    /**
     * What a crash leaves: the timer stops, nothing is cleaned up, and the window is gone (hidden without a close
     * request, so no handler runs; left showing, it would sit under the new window and take the robot's clicks).
     */
    private void crash(FxRobot robot) {
        robot.interact(() -> {
            crashedSession.autosave().close();
            crashed.stage.hide();
        });
    }

    private void restart(FxRobot robot, boolean recover) {
        robot.interact(() -> {
            restarted = new ScriptedDesigner(new Stage(), Network.empty("untitled"), crashed.home, null);
            restarted.prompts.answerRecovery(recover);
            restartedSession = AutosaveSession.start(restarted.context, restarted.stage, INTERVAL);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
