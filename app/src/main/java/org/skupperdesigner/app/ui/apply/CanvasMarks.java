package org.skupperdesigner.app.ui.apply;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.LiveStatusReport;
import org.skupperdesigner.model.network.Network;

/**
 * What the canvas currently marks per resource - the live statuses after an apply, or the drift found by a
 * comparison - and a one-line title for it. UI thread only; views observe it, the controller fills it.
 */
public final class CanvasMarks {

    private final ObservableList<ResourceMark> marks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    void showStatuses(Network network, LiveStatusReport report) {
        List<ResourceMark> next = StatusMarks.of(network, report);
        long ready = next.stream().filter(m -> m.kind() == ResourceMark.Kind.READY).count();
        long other = next.size() - ready;
        title.set("Live status after apply: " + ready + " ready" + (other == 0 ? "" : ", " + other
                + " not ready or unreadable"));
        marks.setAll(next);
    }

    void showDrift(Network network, DriftReport report) {
        List<ResourceMark> next = DriftMarks.of(network, report);
        if (next.isEmpty()) {
            title.set("In sync: the live network matches the design");
        } else {
            long extra = next.stream().filter(m -> m.kind() == ResourceMark.Kind.EXTRA).count();
            long unreachable = next.stream().filter(m -> m.kind() == ResourceMark.Kind.UNREACHABLE).count();
            long differences = next.size() - extra - unreachable;
            title.set("Drift from live: " + differences + " difference(s)" + (extra == 0 ? "" : ", " + extra
                    + " extra live") + (unreachable == 0 ? "" : ", " + unreachable + " site(s) unreadable"));
        }
        marks.setAll(next);
    }

    /** Takes every mark off the canvas. */
    public void clear() {
        marks.clear();
        title.set("");
    }

    public ObservableList<ResourceMark> marks() {
        return marks;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True once a result is shown (also an "in sync" result without marks), until cleared. */
    public boolean isShowing() {
        return !title.get().isEmpty();
    }
}
