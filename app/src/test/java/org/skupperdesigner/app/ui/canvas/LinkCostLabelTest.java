package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/** A link's cost label is shown where its line has room for it, and left out between cards almost touching. */
@ExtendWith(ApplicationExtension.class)
class LinkCostLabelTest {

    private DesignCanvas canvas;
    private DocumentModel document;
    private Network hello;

    @Start
    void start(Stage stage) throws Exception {
        hello = TestWindows.helloWorld();
        document = new DocumentModel(hello, null);
        canvas = CanvasStages.showThemed(stage, document, 1200, 800);
    }

    @Test
    void theCostShowsOnALinkWithRoomAndNotBetweenCardsAlmostTouching(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(costShown(robot)).as("hello-world as drawn").isTrue();

        double cardWidth = fx(robot, () -> canvas.siteBounds("west").getWidth());
        Position west = hello.site("west").orElseThrow().position();
        show(robot, hello.updateSite("east", s -> s.withPosition(new Position(west.x() + cardWidth + 24, west.y()))));
        assertThat(costShown(robot)).as("24 px between the cards").isFalse();

        show(robot, hello.updateSite("east", s -> s.withPosition(new Position(west.x(), west.y() + 400))));
        assertThat(costShown(robot)).as("stacked far apart: a steep link with room").isTrue();

        double cardHeight = fx(robot, () -> canvas.siteBounds("west").getHeight());
        show(robot, hello.updateSite("east", s -> s.withPosition(new Position(west.x(),
                west.y() + cardHeight + 20))));
        assertThat(costShown(robot)).as("stacked 20 px apart").isFalse();
    }

    private void show(FxRobot robot, Network network) {
        robot.interact(() -> document.replaceDocument(network, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean costShown(FxRobot robot) {
        return fx(robot, () -> canvas.lookupAll(".link-view").stream()
                .map(LinkView.class::cast).filter(l -> l.link().id().equals("east-to-west"))
                .findFirst().orElseThrow().costShown());
    }
}
