package org.skupperdesigner.app.ui.simulate.panel;

import java.util.List;

import javafx.collections.ObservableList;

/** Brings an observable list to new contents touching only what differs, so views redraw only the changed rows. */
public final class ListUpdates {

    private ListUpdates() {
    }

    /**
     * Makes {@code target} equal to {@code next}: items that differ (by {@code equals}) are replaced in place,
     * extra ones added or removed at the end; an equal list is left alone (no change event at all).
     */
    public static <T> void replaceChanged(ObservableList<T> target, List<? extends T> next) {
        int common = Math.min(target.size(), next.size());
        for (int i = 0; i < common; i++) {
            T now = next.get(i);
            if (!now.equals(target.get(i))) {
                target.set(i, now);
            }
        }
        if (target.size() > next.size()) {
            target.remove(next.size(), target.size());
        } else if (next.size() > common) {
            target.addAll(next.subList(common, next.size()));
        }
    }
}
