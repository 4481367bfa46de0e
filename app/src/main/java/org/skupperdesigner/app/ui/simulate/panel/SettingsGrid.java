package org.skupperdesigner.app.ui.simulate.panel;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form (label, control) with room between rows, shared by the traffic and workload controls. */
final class SettingsGrid {

    private SettingsGrid() {
    }

    static GridPane create() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        grid.getStyleClass().add("sim-settings-grid");
        return grid;
    }

    static void row(GridPane grid, int row, String label, Node control, String hint) {
        Label l = new Label(label);
        if (hint != null) {
            l.setTooltip(new Tooltip(hint));
            if (control instanceof javafx.scene.control.TextField f) {
                f.setTooltip(new Tooltip(hint));
            }
        }
        if (control instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row);
    }
}
