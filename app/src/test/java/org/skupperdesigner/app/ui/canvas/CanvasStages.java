package org.skupperdesigner.app.ui.canvas;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerWindow;

/** A canvas alone on a test stage, styled as in the designer window (1200 × 800). */
final class CanvasStages {

    private CanvasStages() {
    }

    static void show(Stage stage, DesignCanvas canvas) {
        // as in the designer window: the root defines the platform colours designer.css looks up
        StackPane root = new StackPane(canvas);
        root.getStyleClass().add("designer-root");
        Scene scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        org.skupperdesigner.app.ui.TestWindows.putOnStage(stage, scene);
    }
}
