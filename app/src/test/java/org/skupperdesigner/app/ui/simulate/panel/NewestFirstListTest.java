package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.FXCollections;

import org.junit.jupiter.api.Test;

class NewestFirstListTest {

    @Test
    void newItemsGoOnTopAndTheOldestLeaveInOneChangeWithoutReplacingTheRest() {
        NewestFirstList<String> list = new NewestFirstList<>(4);
        list.prepend(List.of("b", "a"));
        List<String> events = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                events.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                        + c.getFrom() + "-" + c.getTo() + " " + (c.wasAdded() ? c.getAddedSubList()
                        : c.getRemoved()));
            }
            events.add("|");
        });

        list.prepend(List.of("e", "d", "c"));

        assertThat(list).containsExactly("e", "d", "c", "b");
        // one change: three added on top, one dropped at the end; "b" and the rest were never re-set
        assertThat(events).containsExactly("added 0-3 [e, d, c]", "removed 4-4 [a]", "|");
    }

    @Test
    void nothingNewMeansNoChangeAndTooManyKeepsTheNewest() {
        NewestFirstList<Integer> list = new NewestFirstList<>(3);
        List<ListChangeListener.Change<? extends Integer>> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) changes::add);

        list.prepend(List.of());
        assertThat(changes).isEmpty();

        list.prepend(List.of(9, 8, 7, 6, 5));
        assertThat(list).containsExactly(9, 8, 7);
        assertThat(changes).hasSize(1);
    }

    @Test
    void listUpdatesReplaceOnlyTheItemsThatDiffer() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c");
        List<String> events = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                events.add(c.getFrom() + ":" + c.getRemoved() + "->" + c.getAddedSubList());
            }
        });

        ListUpdates.replaceChanged(list, List.of("a", "b", "c"));
        assertThat(events).isEmpty();

        ListUpdates.replaceChanged(list, List.of("a", "B", "c", "d"));
        assertThat(list).containsExactly("a", "B", "c", "d");
        assertThat(events).containsExactly("1:[b]->[B]", "3:[]->[d]");

        events.clear();
        ListUpdates.replaceChanged(list, List.of("a"));
        assertThat(list).containsExactly("a");
        assertThat(events).containsExactly("1:[B, c, d]->[]");
    }
}
