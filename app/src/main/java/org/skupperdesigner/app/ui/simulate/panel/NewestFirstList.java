package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list, newest first, of at most {@code limit} items, that panels update incrementally: new items are
 * put on top and the oldest beyond the limit dropped, in one change. Lists and tables showing it then update the
 * rows that moved instead of rebuilding every cell, as a {@code setAll} of the whole list would make them do.
 */
public final class NewestFirstList<T> extends ModifiableObservableListBase<T> {

    private final int limit;
    private final ArrayList<T> items = new ArrayList<>();

    public NewestFirstList(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** Puts {@code newestFirst} on top and trims the tail to the limit, as one change; nothing when it is empty. */
    public void prepend(List<? extends T> newestFirst) {
        if (newestFirst.isEmpty()) {
            return;
        }
        List<? extends T> kept = newestFirst.size() > limit ? newestFirst.subList(0, limit) : newestFirst;
        beginChange();
        try {
            addAll(0, kept);
            if (size() > limit) {
                remove(limit, size());
            }
        } finally {
            endChange();
        }
    }

    public int limit() {
        return limit;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        items.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return items.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return items.remove(index);
    }
}
