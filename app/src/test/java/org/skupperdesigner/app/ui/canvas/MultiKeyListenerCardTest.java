package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.app.ui.CanvasNodes;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.palette.MultiKeyDesigns;
import org.skupperdesigner.model.network.Network;

/**
 * A multi-key listener is a port of its card like a listener: listed with the listeners, showing its keys and port,
 * with a service line to the connectors of each of its keys.
 */
@ExtendWith(ApplicationExtension.class)
class MultiKeyListenerCardTest {

    private DesignCanvas canvas;
    private DocumentModel document;

    @Start
    void start(Stage stage) {
        document = new DocumentModel(Network.empty("new"), null);
        canvas = CanvasStages.showThemed(stage, document, 1100, 700);
    }

    @Test
    void itIsAPortRowWithItsKeysAndServiceLinesToTheConnectorsOfEveryKey(FxRobot robot) {
        robot.interact(() -> {
            document.replaceDocument(MultiKeyDesigns.priority(), null);
            canvas.fitToContent();
        });

        Node row = CanvasNodes.row(robot, MultiKeyDesigns.CHECKOUT);
        assertThat(row.getStyleClass()).contains("port-row", "listener-row", "multikeylistener-row");
        assertThat(texts(robot, row)).containsExactly("checkout", "payments › +1", ":9443");
        // office: the listener to aws; the multi-key listener to aws (payments) and to gcp and azure (payments-dr)
        assertThat(fx(robot, canvas::serviceLineCount)).isEqualTo(4);
        List<String> rows = fx(robot, () -> SiteCardView.shownResources(document.network().site("office")
                .orElseThrow()).stream().map(r -> r.kind().kind()).toList());
        assertThat(rows).containsExactly("Listener", "MultiKeyListener");
    }

    private static List<String> texts(FxRobot robot, Node row) {
        return fx(robot, () -> {
            List<String> texts = new java.util.ArrayList<>();
            collectTexts(row, texts);
            return texts;
        });
    }

    private static void collectTexts(Node node, List<String> into) {
        if (node instanceof Text text && !(node instanceof org.kordamp.ikonli.javafx.FontIcon)) {
            into.add(text.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, into));
        }
    }
}
