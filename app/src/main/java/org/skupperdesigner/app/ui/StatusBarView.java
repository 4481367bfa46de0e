package org.skupperdesigner.app.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.common.Icons;

/** The status bar: error and warning counts, design size, zoom, the file and whether it is saved. */
final class StatusBarView extends HBox {

    StatusBarView(DesignerContext context, DesignCanvas canvas) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label errors = new Label();
        errors.setId("status-errors");
        errors.setGraphic(Icons.of(Feather.X_OCTAGON, 13));
        errors.textProperty().bind(Bindings.createStringBinding(() -> org.skupperdesigner.app.ui.Plurals.count(
                context.problems().errorsProperty().get(), "error"), context.problems().errorsProperty()));
        errors.getStyleClass().add("status-errors");
        context.problems().errorsProperty().addListener((o, a, n) -> errors.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("some"), n.intValue() > 0));
        Label warnings = new Label();
        warnings.setId("status-warnings");
        warnings.setGraphic(Icons.of(Feather.ALERT_TRIANGLE, 13));
        warnings.textProperty().bind(Bindings.createStringBinding(() -> org.skupperdesigner.app.ui.Plurals.count(
                context.problems().warningsProperty().get(), "warning"), context.problems().warningsProperty()));
        warnings.getStyleClass().add("status-warnings");
        context.problems().warningsProperty().addListener((o, a, n) -> warnings.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("some"), n.intValue() > 0));
        Label size = new Label();
        size.textProperty().bind(Bindings.createStringBinding(() -> {
            var n = context.document().network();
            return org.skupperdesigner.app.ui.Plurals.count(n.sites().size(), "site") + " · "
                    + org.skupperdesigner.app.ui.Plurals.count(n.links().size(), "link");
        }, context.document().networkProperty()));
        size.setGraphic(Icons.of(Feather.SHARE_2, 13));
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(canvas.viewport().zoomProperty().multiply(100).asString("%.0f%%"));
        zoom.setGraphic(Icons.of(Feather.SEARCH, 13));
        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            return fileStatus(context.document().file(), context.document().isDirty());
        }, context.document().fileProperty(), context.document().dirtyProperty()));
        file.getStyleClass().add("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(errors, warnings, size, spacer, file, zoom);
    }

    /** "saved · path", "● modified · path", or for a design without a file just whether it has been touched. */
    static String fileStatus(java.nio.file.Path file, boolean dirty) {
        if (file == null) {
            return dirty ? "● not saved yet" : "new design";
        }
        return (dirty ? "● modified  ·  " : "saved  ·  ") + file;
    }
}
