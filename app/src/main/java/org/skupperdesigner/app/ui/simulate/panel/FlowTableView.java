package org.skupperdesigner.app.ui.simulate.panel;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;

/**
 * The flow table: one row per ended connection (listener, path through the sites, who served it, bytes each way,
 * duration, outcome), newest first until the user sorts by a column. Failed rows are marked.
 */
public final class FlowTableView extends TableView<FlowRow> {

    public FlowTableView(FlowTableModel model) {
        SortedList<FlowRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("sim-flow-table");
        getStyleClass().addAll("sim-flow-table", "dense");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No connection has ended yet."));
        setPrefHeight(220);
        setMinHeight(160);
        getColumns().add(column("Listener", "sim-flow-listener", FlowRow::listener, 95));
        getColumns().add(column("Path", "sim-flow-path", FlowRow::path, 85));
        getColumns().add(column("Served by", "sim-flow-served-by", FlowRow::servedBy, 95));
        getColumns().add(numeric("Out", "sim-flow-out", FlowRow::bytesOut, n -> bytes(n.longValue())));
        getColumns().add(numeric("Back", "sim-flow-back", FlowRow::bytesBack, n -> bytes(n.longValue())));
        getColumns().add(numeric("ms", "sim-flow-millis", FlowRow::millis,
                n -> String.format(Locale.ROOT, "%.1f", n.doubleValue())));
        getColumns().add(column("Outcome", "sim-flow-outcome", FlowRow::outcome, 75));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FlowRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && row != null
                        && row.failed());
            }
        });
    }

    private static TableColumn<FlowRow, String> column(String title, String id, Function<FlowRow, String> value,
                                                       double width) {
        TableColumn<FlowRow, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static <N extends Number & Comparable<N>> TableColumn<FlowRow, N> numeric(
            String title, String id, Function<FlowRow, N> value, Function<N, String> text) {
        TableColumn<FlowRow, N> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(58);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(N n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : text.apply(n));
            }
        });
        c.getStyleClass().add("numeric");
        return c;
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", n / 1024.0 / 1024);
    }
}
