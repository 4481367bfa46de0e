package org.skupperdesigner.app.ui.apply;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.skupperdesigner.model.network.Network;

/**
 * The dialog's per-resource result: one row per marked design element (site, link, listener, connector, extra live
 * object) with its status or drift and the full detail. The same marks the canvas draws.
 */
final class ResourceMarksTable extends TableView<ResourceMark> {

    ResourceMarksTable(ApplyController controller, java.util.function.Supplier<Network> network) {
        super(controller.marks());
        setId("apply-resources");
        getStylesheets().add(ResourceMarksOverlay.STYLESHEET);
        setPlaceholder(new Label("Apply, or Compare with Live, to see the status of every resource."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ResourceMark, String> site = column("Site", 110,
                m -> ApplyController.siteName(network.get(), m.siteId()));
        TableColumn<ResourceMark, String> element = column("Resource", 200,
                m -> m.onSite() && m.kind() == ResourceMark.Kind.EXTRA ? m.label() : m.element());
        TableColumn<ResourceMark, String> status = column("Status", 170, m -> m.kind().symbol() + " "
                + (m.kind().isDrift() || m.kind() == ResourceMark.Kind.UNREACHABLE ? m.kind().description()
                : m.label()));
        status.setCellFactory(c -> new StatusCell());
        TableColumn<ResourceMark, String> detail = column("Detail", 500, m -> m.detail().replace('\n', ' '));
        detail.setCellFactory(c -> new DetailCell());
        getColumns().add(site);
        getColumns().add(element);
        getColumns().add(status);
        getColumns().add(detail);
    }

    private static TableColumn<ResourceMark, String> column(String title, double width,
                                                            java.util.function.Function<ResourceMark, String> value) {
        TableColumn<ResourceMark, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Coloured by kind, so a long list reads at a glance. */
    private static final class StatusCell extends TableCell<ResourceMark, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("mark-cell-ok", "mark-cell-waiting", "mark-cell-bad", "mark-cell-drift",
                    "mark-cell-extra");
            ResourceMark mark = empty ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (mark != null) {
                getStyleClass().add(switch (mark.kind()) {
                    case READY -> "mark-cell-ok";
                    case WAITING -> "mark-cell-waiting";
                    case FAILED, UNREACHABLE, MISSING, NOT_MADE -> "mark-cell-bad";
                    case CHANGED -> "mark-cell-drift";
                    case EXTRA -> "mark-cell-extra";
                });
            }
        }
    }

    /** One line in the table; the whole story (field by field) in the tooltip. */
    private static final class DetailCell extends TableCell<ResourceMark, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            ResourceMark mark = empty ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setTooltip(mark == null ? null : new Tooltip(mark.detail()));
        }
    }
}
