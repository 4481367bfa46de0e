package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javafx.collections.ObservableList;

import org.skupperdesigner.simulator.event.FlowView;

/**
 * The rows of the flow table: ended connections, newest first, at most {@code limit}. Flows are staged every pulse
 * and reach the observable list in one change per {@link #flush()} (a few times a second), so the table never
 * re-lays out per flow; a flush puts the new rows on top and trims the oldest, never replacing the whole list.
 */
public final class FlowTableModel {

    public static final int DEFAULT_LIMIT = 500;

    private final int limit;
    private final NewestFirstList<FlowRow> rows;
    private final List<FlowRow> staged = new ArrayList<>();

    public FlowTableModel(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.rows = new NewestFirstList<>(limit);
    }

    /** Stages the ended flows among {@code flows} (oldest first, as drained). */
    public void stage(Collection<FlowView> flows) {
        for (FlowView f : flows) {
            if (f.closed() != null) {
                staged.add(FlowRow.of(f));
            }
        }
        if (staged.size() > limit) { // only the newest can ever be shown
            staged.subList(0, staged.size() - limit).clear();
        }
    }

    /** Moves staged rows to the top of the list, newest first, and drops the oldest beyond the limit. */
    public void flush() {
        if (staged.isEmpty()) {
            return;
        }
        List<FlowRow> newestFirst = new ArrayList<>(staged.size());
        for (int i = staged.size() - 1; i >= 0; i--) {
            newestFirst.add(staged.get(i));
        }
        staged.clear();
        rows.prepend(newestFirst);
    }

    public void clear() {
        staged.clear();
        rows.clear();
    }

    public ObservableList<FlowRow> rows() {
        return rows;
    }

    public int limit() {
        return limit;
    }
}
