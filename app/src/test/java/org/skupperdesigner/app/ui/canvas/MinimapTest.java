package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.Map;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.NetworkEdits;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Position;

/** The minimap keeps the design's bounds between edits, and takes them again after every edit and drag. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {

    private DocumentModel document;
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        document = new DocumentModel(DesignTemplate.HELLO_WORLD.build(), null);
        canvas = new DesignCanvas(document, new SelectionModel());
        CanvasStages.show(stage, canvas);
    }

    @Test
    void anEditThatMovesASiteFarAwayWidensTheOverview(FxRobot robot) {
        Bounds before = fx(robot, () -> minimap().shownContent());
        robot.interact(() -> canvas.viewport().panBy(-30, 10));
        assertThat(fx(robot, () -> minimap().shownContent())).as("a pan keeps them").isEqualTo(before);

        robot.interact(() -> document.apply(NetworkEdits.moveSites(Map.of("east", new Position(6000, 4000)))));

        Bounds after = fx(robot, () -> minimap().shownContent());
        assertThat(after).isEqualTo(fx(robot, canvas::contentBounds));
        assertThat(after.getMaxX()).isGreaterThan(6000 + SiteCardView.WIDTH - 1);
        assertThat(after.getMaxY()).isGreaterThan(4000);
    }

    private Minimap minimap() {
        return (Minimap) canvas.lookup("#minimap");
    }
}
