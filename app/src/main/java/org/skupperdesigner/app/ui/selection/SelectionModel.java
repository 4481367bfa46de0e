package org.skupperdesigner.app.ui.selection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/**
 * What is selected, by element id ({@code site/west}, {@code link/east-to-west}, {@code west/Listener/backend}).
 * The primary element is the one the property editor and the YAML panel show.
 */
public final class SelectionModel {

    private final ObservableSet<String> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(selected);
    private final ReadOnlyObjectWrapper<String> primary = new ReadOnlyObjectWrapper<>(this, "primary");

    public ObservableSet<String> selected() {
        return readOnly;
    }

    public ReadOnlyObjectProperty<String> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public String primary() {
        return primary.get();
    }

    public boolean isSelected(String elementId) {
        return selected.contains(elementId);
    }

    public void select(String elementId) {
        selected.retainAll(Set.of(elementId));
        selected.add(elementId);
        primary.set(elementId);
    }

    public void selectAll(Collection<String> elementIds) {
        selected.retainAll(Set.copyOf(elementIds));
        selected.addAll(elementIds);
        primary.set(elementIds.isEmpty() ? null : elementIds.iterator().next());
    }

    /** Shift/Ctrl-click: adds or removes one element. */
    public void toggle(String elementId) {
        if (!selected.remove(elementId)) {
            selected.add(elementId);
            primary.set(elementId);
        } else if (elementId.equals(primary.get())) {
            primary.set(selected.isEmpty() ? null : selected.iterator().next());
        }
    }

    public void clear() {
        selected.clear();
        primary.set(null);
    }

    /** Drops ids that no longer exist after an edit or undo, so nothing stale stays selected. */
    public void retainExisting(Network network) {
        selected.removeIf(id -> !exists(network, id));
        if (primary.get() != null && !selected.contains(primary.get())) {
            primary.set(selected.isEmpty() ? null : selected.iterator().next());
        }
    }

    /** Site ids of selected sites (not of selected resources). */
    public Set<String> selectedSiteIds() {
        Set<String> ids = new LinkedHashSet<>();
        selected.stream().filter(ElementIds::isSite).forEach(id -> ids.add(ElementIds.siteOf(id)));
        return ids;
    }

    public static boolean exists(Network network, String elementId) {
        if (ElementIds.isSite(elementId)) {
            return network.site(ElementIds.siteOf(elementId)).isPresent();
        }
        if (ElementIds.isLink(elementId)) {
            return network.link(elementId.substring(ElementIds.LINK_PREFIX.length())).isPresent();
        }
        String[] parts = elementId.split("/", 3);
        return parts.length == 3 && network.site(parts[0]).map(s -> s.resources().stream()
                .anyMatch(r -> r.kind().kind().equals(parts[1]) && r.name().equals(parts[2]))).orElse(false);
    }
}
