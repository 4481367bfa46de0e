package org.skupperdesigner.app.ui.canvas;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;

/** A canvas alone on a test stage, styled as in the designer window (1200 × 800 unless told). */
final class CanvasStages {

    private CanvasStages() {
    }

    /** A canvas on {@code document}, in the designer's theme, shown alone on the stage. */
    static DesignCanvas showThemed(Stage stage, DocumentModel document, double width, double height) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignCanvas canvas = new DesignCanvas(document, new SelectionModel());
        show(stage, canvas, width, height);
        return canvas;
    }

    static void show(Stage stage, DesignCanvas canvas) {
        show(stage, canvas, 1200, 800);
    }

    static void show(Stage stage, DesignCanvas canvas, double width, double height) {
        // as in the designer window: the root defines the platform colours designer.css looks up
        StackPane root = new StackPane(canvas);
        root.getStyleClass().add("designer-root");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
        org.skupperdesigner.app.ui.TestWindows.putOnStage(stage, scene);
    }
}
