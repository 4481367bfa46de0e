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
 * outcome, duration, bytes each way), newest first until the user sorts by a column. Failed rows are marked.
 */
public final class FlowTableView extends TableView<FlowRow> {

    public FlowTableView(FlowTableModel model) {
        SortedList<FlowRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("sim-flow-table");
        getStyleClass().addAll("sim-flow-table", "dense");
        // a side panel is narrow: columns keep readable widths and the table scrolls sideways
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No connection has ended yet."));
        setPrefHeight(220);
        setMinHeight(160);
        getColumns().add(column("Listener", "sim-flow-listener", FlowRow::listener, 92));
        getColumns().add(column("Path", "sim-flow-path", FlowRow::path, 84));
        getColumns().add(column("Served by", "sim-flow-served-by", FlowRow::servedBy, 92));
        getColumns().add(column("Outcome", "sim-flow-outcome", FlowRow::outcome, 76));
        getColumns().add(numeric("ms", "sim-flow-millis", FlowRow::millis,
                n -> String.format(Locale.ROOT, "%.1f", n.doubleValue()), 54));
        getColumns().add(numeric("Out", "sim-flow-out", FlowRow::bytesOut, n -> bytes(n.longValue()), 64));
        getColumns().add(numeric("Back", "sim-flow-back", FlowRow::bytesBack, n -> bytes(n.longValue()), 64));
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
            String title, String id, Function<FlowRow, N> value, Function<N, String> text, double width) {
        TableColumn<FlowRow, N> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
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
