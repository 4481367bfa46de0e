package org.skupperdesigner.app.ui.problems;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.Plurals;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/**
 * The problems panel: every finding, worst first, with its hint and a quick-fix button where one is obvious, filtered
 * by severity and, on request, to the selected site.
 * Clicking a problem asks the window to select and reveal its first element (and the field it is about).
 */
public final class ProblemsView extends VBox {

    private final ProblemsViewModel model;
    private final ProblemFilter filter;
    private final FilteredList<Diagnostic> shown;
    private final ListView<Diagnostic> list = new ListView<>();
    private final Label empty = new Label("No problems. The design is ready to export.", Icons.of(
            Feather.CHECK_CIRCLE, 16));
    private final Label hidden = new Label();

    public ProblemsView(ProblemsViewModel model, ProblemFilter filter, Consumer<Diagnostic> reveal) {
        this.model = model;
        this.filter = filter;
        setId("problems");
        getStyleClass().add("problems-view");
        shown = new FilteredList<>(model.problems());
        shown.predicateProperty().bind(filter.predicateProperty());
        list.setId("problem-list");
        list.setItems(shown);
        list.setCellFactory(v -> new ProblemCell());
        list.setPlaceholder(empty);
        empty.getStyleClass().add("problems-empty");
        hidden.getStyleClass().add("problems-hidden");
        hidden.setId("problems-hidden");
        // "no problems" only when there are none; otherwise say how many the filters hide
        model.problems().addListener((ListChangeListener<Diagnostic>) c -> placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null && !d.elementIds().isEmpty()) {
                // after the list has finished selecting: revealing selects the element, which can refilter this
                // list (Selected site only), and a list changed inside its own selection change throws
                Platform.runLater(() -> reveal.accept(d));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filterBar(), list);
        placeholder();
    }

    private HBox filterBar() {
        ToggleButton errors = severityToggle("problems-show-errors", Feather.X_OCTAGON, "severity-error",
                filter.errorsProperty(), model.errorsProperty(), "error");
        ToggleButton warnings = severityToggle("problems-show-warnings", Feather.ALERT_TRIANGLE, "severity-warning",
                filter.warningsProperty(), model.warningsProperty(), "warning");
        ToggleButton infos = severityToggle("problems-show-infos", Feather.INFO, "severity-info",
                filter.infosProperty(), model.infosProperty(), "info");
        ToggleButton site = new ToggleButton("Selected site only", Icons.of(Feather.CROSSHAIR, 13));
        site.setId("problems-selected-site");
        site.getStyleClass().addAll("small", "flat");
        site.selectedProperty().bindBidirectional(filter.selectedSiteOnlyProperty());
        LazyTooltip.install(site, "List only the problems of the selected site, its resources and its links");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, errors, warnings, infos, spacer, site);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("problems-filter");
        return bar;
    }

    private ToggleButton severityToggle(String id, Feather icon, String iconStyle, BooleanProperty show,
                                        ReadOnlyIntegerProperty count, String noun) {
        var graphic = Icons.of(icon, 13);
        graphic.getStyleClass().add(iconStyle);
        ToggleButton toggle = new ToggleButton(null, graphic);
        toggle.setId(id);
        toggle.getStyleClass().addAll("small", "flat");
        toggle.textProperty().bind(count.map(n -> Plurals.count(n.intValue(), noun)));
        toggle.selectedProperty().bindBidirectional(show);
        LazyTooltip.install(toggle, "Show or hide " + noun + "s");
        return toggle;
    }

    private void placeholder() {
        int total = model.problems().size();
        hidden.setText(total == 1 ? "The filters above hide the one problem."
                : "The filters above hide all " + total + " problems.");
        list.setPlaceholder(total == 0 ? empty : hidden);
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
            // as tall as its wrapped lines: otherwise a message beside a quick-fix button was cut with an ellipsis
            message.setMinHeight(Region.USE_PREF_SIZE);
            Label detail = new Label((d.hint().isEmpty() ? "" : d.hint() + "  ·  ") + d.ruleId()
                    + (d.location() != null ? "  ·  " + d.location() : ""));
            detail.getStyleClass().add("problem-detail");
            detail.setMinWidth(0);
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
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

    /**
     * Selects the next problem in the list (wrapping round; the first when none is selected) and reveals its
     * element, as a click would: F8 in the window. {@code -1} goes back (Shift+F8).
     */
    public void selectNext(int step) {
        int size = shown.size();
        if (size == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (step > 0 ? 0 : size - 1) : Math.floorMod(at + step, size);
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(next);
    }

    public ListView<Diagnostic> list() {
        return list;
    }
}
