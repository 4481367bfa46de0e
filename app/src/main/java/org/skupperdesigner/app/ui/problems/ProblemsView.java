package org.skupperdesigner.app.ui.problems;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/**
 * The problems panel: every finding, worst first, with its hint and a quick-fix button where one is obvious.
 * Clicking a problem asks the window to select and reveal its first element (and the field it is about).
 */
public final class ProblemsView extends VBox {

    private final ProblemsViewModel model;
    private final ListView<Diagnostic> list = new ListView<>();
    private final Label empty = new Label("No problems. The design is ready to export.", Icons.of(
            Feather.CHECK_CIRCLE, 16));

    public ProblemsView(ProblemsViewModel model, Consumer<Diagnostic> reveal) {
        this.model = model;
        setId("problems");
        getStyleClass().add("problems-view");
        list.setId("problem-list");
        list.setItems(model.problems());
        list.setCellFactory(v -> new ProblemCell());
        list.setPlaceholder(empty);
        empty.getStyleClass().add("problems-empty");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null && !d.elementIds().isEmpty()) {
                reveal.accept(d);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
    }

    private final class ProblemCell extends ListCell<Diagnostic> {
        ProblemCell() {
            // never wider than the list: long messages wrap and the quick-fix button stays in view
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Diagnostic d, boolean emptyCell) {
            super.updateItem(d, emptyCell);
            if (emptyCell || d == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var icon = Icons.of(d.severity() == Severity.ERROR ? Feather.X_OCTAGON
                    : d.severity() == Severity.WARNING ? Feather.ALERT_TRIANGLE : Feather.INFO, 16);
            icon.getStyleClass().add("severity-" + d.severity().label());
            Label message = new Label(d.message());
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            message.setMinWidth(0);
            Label detail = new Label((d.hint().isEmpty() ? "" : d.hint() + "  ·  ") + d.ruleId()
                    + (d.location() != null ? "  ·  " + d.location() : ""));
            detail.getStyleClass().add("problem-detail");
            detail.setMinWidth(0);
            VBox text = new VBox(2, message, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, icon, text);
            row.setAlignment(Pos.CENTER_LEFT);
            model.quickFix(d).ifPresent(fix -> {
                Button button = new Button(fix.label(), Icons.of(Feather.TOOL, 13));
                button.getStyleClass().addAll("quick-fix", "small", "accent");
                button.setOnAction(e -> model.applyFix(fix));
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                row.getChildren().add(button);
            });
            setGraphic(row);
            setText(null);
        }
    }

    public ListView<Diagnostic> list() {
        return list;
    }
}
