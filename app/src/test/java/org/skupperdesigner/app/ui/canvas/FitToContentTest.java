package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.CanvasNodes;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

/** Fit shows every card whole, clear of the minimap, in a canvas the size the window gives it at 1600 × 1000. */
@ExtendWith(ApplicationExtension.class)
class FitToContentTest {

    private DesignCanvas canvas;
    private DocumentModel document;

    @Start
    void start(Stage stage) {
        document = new DocumentModel(Network.empty("new"), null);
        canvas = CanvasStages.showThemed(stage, document, 868, 580);
    }

    @Test
    void everyCardOfAnOpenedDesignIsWholeAndClearOfTheMinimap(FxRobot robot) {
        Network opened = new DesignFiles().open(TestWindows.examples().resolve("hub-and-spoke.skupper-design.yaml"))
                .network();
        // as File > Open does: the design arrives and is framed before a pulse has styled its cards
        robot.interact(() -> {
            document.replaceDocument(opened, null);
            canvas.fitToContent();
        });

        Bounds view = fx(robot, () -> canvas.localToScene(canvas.getLayoutBounds()));
        Bounds minimap = fx(robot, () -> canvas.minimap().localToScene(canvas.minimap().getLayoutBounds()));
        for (NetworkSite site : document.network().sites()) {
            Node card = CanvasNodes.site(robot, site.id());
            Bounds bounds = fx(robot, () -> card.localToScene(card.getLayoutBounds()));
            assertThat(view.contains(bounds)).as("%s inside the view: %s", site.id(), bounds).isTrue();
            assertThat(bounds.intersects(minimap)).as("%s at %s under the minimap at %s", site.id(), bounds,
                    minimap).isFalse();
        }
    }
}
