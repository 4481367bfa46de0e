package org.skupperdesigner.app.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.time.Duration;

import javafx.application.Application;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.Theme;

/** The start-up cache's training draws what a user's frames on a large design draw, within its time. */
@ExtendWith(ApplicationExtension.class)
class CanvasWorkoutTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
    }

    @Test
    void drawsBothLevelsOfDetailAndBuildsCardsAsTheViewMoves(FxRobot robot) {
        CanvasWorkout.Covered covered = fx(robot, () -> CanvasWorkout.run(Duration.ofMinutes(1), 140));

        assertThat(covered.frames()).isEqualTo(140);
        // zoomed out the design is sketched, zoomed in its cards are built: the training covers both kinds of frame
        assertThat(covered.sketchedFrames()).isBetween(10, covered.frames() - 10);
        assertThat(covered.cardsBuilt()).isGreaterThan(20).isLessThan(CanvasWorkout.SITES);
    }

    @Test
    void stopsWhenItsTimeIsUp(FxRobot robot) {
        CanvasWorkout.Covered covered = fx(robot, () -> CanvasWorkout.run(Duration.ZERO));

        assertThat(covered.frames()).isZero();
    }
}
