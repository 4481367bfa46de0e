package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.menu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.file.RecentFiles;
import org.skupperdesigner.app.ui.file.UnsavedChoice;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;

/**
 * The File menu driven like a user would, with scripted file choosers and prompts: Save As with the dirty marker
 * and title, the confirmation before unsaved work is replaced, and Open Recent.
 */
@ExtendWith(ApplicationExtension.class)
class FileMenuFlowsTest {

    private ScriptedDesigner fx;

    @Start
    void start(Stage stage) {
        fx = new ScriptedDesigner(stage, DesignTemplate.HELLO_WORLD.build());
    }

    @AfterEach
    void nothingUnexpectedWasAsked() {
        fx.assertNothingUnexpectedAsked();
    }

    @Test
    void saveAsClearsTheDirtyMarkerAndTheTitleNamesTheFile(FxRobot robot) throws Exception {
        assertThat(fx.title()).contains("hello-world").contains("(not saved)").doesNotEndWith("•");
        robot.clickOn("#palette-site-docker");
        assertThat(fx.dirty()).isTrue();
        assertThat(fx.title()).endsWith("•");
        Network edited = fx.network();

        // typed without the suffix, as GTK's chooser allows: the design suffix is added
        fx.dialogs.answer(fx.home.resolve("mine"));
        menu(robot, "File", "Save As…");

        Path saved = fx.home.resolve("mine.skupper-design.yaml");
        assertThat(saved).isRegularFile();
        assertThat(fx.dirty()).isFalse();
        assertThat(fx.file()).isEqualTo(saved);
        assertThat(fx.title()).contains("mine.skupper-design.yaml").doesNotContain("•");
        assertThat(new DesignFiles().open(saved).network()).isEqualTo(edited);
        assertThat(fx.dialogs.requests().get(0).initialName()).isEqualTo("hello-world.skupper-design.yaml");

        robot.clickOn("#palette-site-linux");
        assertThat(fx.dirty()).isTrue();
        assertThat(fx.title()).endsWith("•");
        menu(robot, "File", "Save");
        assertThat(fx.dirty()).isFalse();
        assertThat(fx.dialogs.asked()).as("Save of a design with a file asks nothing").hasSize(1);
        assertThat(new DesignFiles().open(saved).network()).isEqualTo(fx.network());
    }

    @Test
    void openingAnotherFileWithUnsavedWorkAsksFirstCancelKeepsTheWorkDiscardOpensIt(FxRobot robot)
            throws Exception {
        Path other = fx.home.resolve("ha.skupper-design.yaml");
        new DesignFiles().save(DesignTemplate.HA_PAIR.build(), other);
        robot.clickOn("#palette-site-podman");
        Network work = fx.network();

        fx.prompts.answerUnsaved(UnsavedChoice.CANCEL);
        menu(robot, "File", "Open…");
        assertThat(fx.prompts.shown("unsaved")).hasSize(1);
        assertThat(fx.dialogs.asked()).as("no chooser after Cancel").isEmpty();
        assertThat(fx.network()).isEqualTo(work);
        assertThat(fx.dirty()).isTrue();

        fx.prompts.answerUnsaved(UnsavedChoice.DISCARD);
        fx.dialogs.answer(other);
        menu(robot, "File", "Open…");
        assertThat(fx.prompts.shown("unsaved")).hasSize(2);
        assertThat(fx.network()).isEqualTo(DesignTemplate.HA_PAIR.build());
        assertThat(fx.dirty()).isFalse();
        assertThat(fx.file()).isEqualTo(other);
        assertThat(fx.title()).contains("ha.skupper-design.yaml");
        assertThat(fx.window.canvas().cardCount()).isEqualTo(3);
    }

    @Test
    void saveInTheConfirmationSavesTheWorkBeforeOpeningAndNewAsksToo(FxRobot robot) throws Exception {
        Path other = fx.home.resolve("hub.skupper-design.yaml");
        new DesignFiles().save(DesignTemplate.HUB_AND_SPOKE.build(), other);
        robot.clickOn("#palette-site-podman");
        Network work = fx.network();

        Path kept = fx.home.resolve("kept.skupper-design.yaml");
        fx.prompts.answerUnsaved(UnsavedChoice.SAVE);
        fx.dialogs.answer(kept).answer(other);
        menu(robot, "File", "Open…");
        assertThat(new DesignFiles().open(kept).network()).isEqualTo(work);
        assertThat(fx.network()).isEqualTo(DesignTemplate.HUB_AND_SPOKE.build());

        robot.clickOn("#palette-site-linux");
        fx.prompts.answerUnsaved(UnsavedChoice.CANCEL);
        menu(robot, "File", "New");
        assertThat(fx.network().sites()).hasSize(5);
        fx.prompts.answerUnsaved(UnsavedChoice.DISCARD);
        menu(robot, "File", "New");
        assertThat(fx.network().sites()).isEmpty();
        assertThat(fx.file()).isNull();
    }

    @Test
    void anUnreadableFileLeavesTheOpenDesignAsItWasWithAMessageNamingTheFile(FxRobot robot) throws Exception {
        Path broken = fx.home.resolve("broken.skupper-design.yaml");
        Files.writeString(broken, "apiVersion: [unclosed\n  : : :\n");
        Network before = fx.network();
        fx.dialogs.answer(broken);
        menu(robot, "File", "Open…");
        assertThat(fx.network()).isEqualTo(before);
        assertThat(fx.prompts.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.header()).contains("broken.skupper-design.yaml");
            assertThat(e.text()).contains("unchanged");
        });
    }

    @Test
    void openRecentListsSavedAndOpenedDesignsMostRecentFirstAndOpensTheChosenOne(FxRobot robot)
            throws Exception {
        Path first = fx.home.resolve("first.skupper-design.yaml");
        Path second = fx.home.resolve("second.skupper-design.yaml");
        new DesignFiles().save(DesignTemplate.THREE_CLOUD_FAILOVER.build(), second);
        fx.dialogs.answer(first);
        menu(robot, "File", "Save As…");
        fx.dialogs.answer(second);
        menu(robot, "File", "Open…");
        assertThat(fx.network().name()).isEqualTo("three-cloud-failover");

        assertThat(recentLabels(robot)).containsExactly(RecentFiles.label(second), RecentFiles.label(first));
        assertThat(Files.readAllLines(fx.context.home().recentFilesList()))
                .containsExactly(second.toString(), first.toString());

        menu(robot, "File", "Open Recent", RecentFiles.label(first));
        assertThat(fx.network()).isEqualTo(DesignTemplate.HELLO_WORLD.build());
        assertThat(fx.file()).isEqualTo(first);
        assertThat(recentLabels(robot)).containsExactly(RecentFiles.label(first), RecentFiles.label(second));
    }

    @Test
    void aRecentFileThatWasDeletedIsReportedAndTakenOffTheListWithoutTouchingTheDesign(FxRobot robot)
            throws Exception {
        Path gone = fx.home.resolve("gone.skupper-design.yaml");
        fx.dialogs.answer(gone);
        menu(robot, "File", "Save As…");
        robot.clickOn("#palette-site-docker");
        Network work = fx.network();
        Files.delete(gone);

        menu(robot, "File", "Open Recent", RecentFiles.label(gone));
        assertThat(fx.prompts.shown("unsaved")).as("nothing to confirm for a file that is gone").isEmpty();
        assertThat(fx.prompts.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.header()).contains("gone.skupper-design.yaml");
            assertThat(e.text()).contains(gone.toString()).contains("removed from Open Recent");
        });
        assertThat(fx.network()).isEqualTo(work);
        assertThat(fx.dirty()).isTrue();
        assertThat(recentLabels(robot)).isEmpty();
        assertThat(Files.readAllLines(fx.context.home().recentFilesList())).isEmpty();
    }

    /** The entries of File > Open Recent as a user sees them: the menu is opened, read and closed. */
    private List<String> recentLabels(FxRobot robot) {
        menu(robot, "File");
        Menu recent = ScriptedDesigner.onFx(() -> {
            MenuBar bar = (MenuBar) fx.stage.getScene().lookup(".menu-bar");
            return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "Open Recent".equals(i.getText()))
                    .findFirst().orElseThrow();
        });
        List<String> labels = ScriptedDesigner.onFx(() -> recent.isDisable() ? List.<String>of()
                : recent.getItems().stream().map(MenuItem::getText).toList());
        assertThat(ScriptedDesigner.onFx(recent::isDisable)).isEqualTo(labels.isEmpty());
        robot.type(KeyCode.ESCAPE);
        ScriptedDesigner.onFx(() -> {
            recent.getParentMenu().hide();
            return null;
        });
        return labels;
    }
}
