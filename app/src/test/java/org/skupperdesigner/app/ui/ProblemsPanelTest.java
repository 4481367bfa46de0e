package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.palette.HelloWorldVariants;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;

/** The Problems panel: filters by severity and to the selected site, F8 through the listed problems. */
@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {

    private DesignerFixture fx;

    @Start
    void start(Stage stage) {
        // west's listener has a port out of range (error) and a key nothing serves (warning); east's connector
        // then serves a key no listener uses (info)
        Network network = HelloWorldVariants.withWestListener(spec -> spec.withRoutingKey("orders").withPort(70000));
        fx = new DesignerFixture(stage, network);
    }

    @Test
    void severitiesCanBeHiddenAndTheListSaysWhenTheFiltersHideEverything(FxRobot robot) {
        assertThat(shown(robot)).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(toggle(robot, "#problems-show-warnings").getText()).isEqualTo("1 warning");

        robot.clickOn("#problems-show-warnings");
        assertThat(shown(robot)).extracting(Diagnostic::severity).containsExactly(Severity.ERROR, Severity.INFO);
        robot.clickOn("#problems-show-errors");
        robot.clickOn("#problems-show-infos");
        assertThat(shown(robot)).isEmpty();
        assertThat(robot.lookup("#problems-hidden").queryAs(Label.class).getText())
                .isEqualTo("The filters above hide all 3 problems.");
        // the status bar and the tab still count every problem
        assertThat(fx.context.problems().problems()).hasSize(3);

        robot.clickOn("#problems-show-errors");
        assertThat(shown(robot)).extracting(Diagnostic::ruleId).containsExactly("service.port-range");
    }

    @Test
    void selectedSiteOnlyListsTheProblemsOfThatSiteAndFollowsTheSelection(FxRobot robot) {
        robot.interact(() -> fx.context.selection().select("site/east"));
        robot.clickOn("#problems-selected-site");
        assertThat(shown(robot)).extracting(Diagnostic::ruleId).containsExactly("routing-key.unused-connector");

        robot.interact(() -> fx.context.selection().select("west/Listener/backend"));
        assertThat(shown(robot)).extracting(Diagnostic::ruleId)
                .containsExactly("service.port-range", "routing-key.unmatched-listener");

        robot.interact(() -> fx.context.selection().clear());
        assertThat(shown(robot)).hasSize(3);
    }

    @Test
    void f8GoesThroughTheListedProblemsSelectingEachOnesElement(FxRobot robot) {
        robot.clickOn("#problems-show-infos"); // F8 walks what the list shows: the error and the warning

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedProblem(robot).ruleId()).isEqualTo("service.port-range");
        assertThat(fx.context.selection().primary()).isEqualTo("west/Listener/backend");
        robot.type(KeyCode.F8);
        assertThat(selectedProblem(robot).ruleId()).isEqualTo("routing-key.unmatched-listener");
        robot.type(KeyCode.F8);
        assertThat(selectedProblem(robot).ruleId()).as("wraps round").isEqualTo("service.port-range");
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertThat(selectedProblem(robot).ruleId()).isEqualTo("routing-key.unmatched-listener");
    }

    private static Diagnostic selectedProblem(FxRobot robot) {
        return FxReads.fx(robot, () -> (Diagnostic) robot.lookup("#problem-list").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem());
    }

    @SuppressWarnings("unchecked")
    private static List<Diagnostic> shown(FxRobot robot) {
        return FxReads.fx(robot, () -> List.copyOf(robot.lookup("#problem-list").queryAs(ListView.class).getItems()));
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }
}
