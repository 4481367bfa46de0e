package org.skupperdesigner.app.ui.importer;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One kubeconfig context in the Import from Cluster dialog: whether to read it, and which namespaces (comma
 * separated; blank = every namespace that holds a Site). UI thread only.
 */
public final class ContextChoice {

    private final String context;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty namespaces = new SimpleStringProperty(this, "namespaces", "");
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "looking for Sites…");

    ContextChoice(String context) {
        this.context = context;
    }

    public String context() {
        return context;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** What the user typed or picked: "west-ns" or "a, b"; blank reads every namespace with a Site. */
    public StringProperty namespacesProperty() {
        return namespaces;
    }

    /** Namespaces found to hold a Site (empty when the context could not be asked). */
    public ObservableList<String> foundNamespaces() {
        return found;
    }

    /** What was found or why not: "2 namespaces with a Site", "cannot list Sites: ...". */
    public StringProperty hintProperty() {
        return hint;
    }

    /** The namespaces to read: the ones typed, or an empty list for "every namespace with a Site". */
    List<String> namespaceList() {
        List<String> list = new ArrayList<>();
        for (String part : namespaces.get() == null ? new String[0] : namespaces.get().split(",")) {
            if (!part.isBlank()) {
                list.add(part.trim());
            }
        }
        return list;
    }
}
