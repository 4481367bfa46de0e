package org.skupperdesigner.app.ui.properties;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.controlsfx.control.PropertySheet;

import org.skupperdesigner.model.diagnostic.Diagnostic;

/**
 * One editable field of the selected element as the property sheet sees it. Values travel as text; the field's
 * {@code check} says what is wrong with a text (or null) and {@code commit} turns an accepted text into one edit.
 */
public final class FieldItem implements PropertySheet.Item {

    private final String key;
    private final String category;
    private final String name;
    private final String description;
    private final FieldKind kind;
    private final List<String> choices;
    private final Function<String, String> check;
    private final Consumer<String> commit;
    private final StringProperty value = new SimpleStringProperty(this, "value");
    private final ObjectProperty<Diagnostic> finding = new SimpleObjectProperty<>(this, "finding");

    public FieldItem(String key, String category, String name, String description, FieldKind kind,
                     List<String> choices, Function<String, String> check, Consumer<String> commit, String value) {
        this.key = key;
        this.category = category;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.choices = List.copyOf(choices);
        this.check = check == null ? v -> null : check;
        this.commit = commit;
        this.value.set(value == null ? "" : value);
    }

    /**
     * The field as findings name it ({@code spec.routingKey}, {@code metadata.name}, a site's {@code namespace}, a
     * link's {@code cost}; {@code network.name} for the design's own), also used to refresh values in place.
     */
    public String key() {
        return key;
    }

    public FieldKind kind() {
        return kind;
    }

    public List<String> choices() {
        return choices;
    }

    /** The problem with {@code text}, or null when it is acceptable. */
    public String problem(String text) {
        return check.apply(text);
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** Called by the editor when the user confirms a text; ignored when unchanged or invalid. */
    @Override
    public void setValue(Object newValue) {
        String text = newValue == null ? "" : newValue.toString();
        if (Objects.equals(text, value.get()) || commit == null || problem(text) != null) {
            return;
        }
        value.set(text);
        commit.accept(text);
    }

    /** The validator's finding about this field's current value, or null. */
    public ObjectProperty<Diagnostic> findingProperty() {
        return finding;
    }

    public Diagnostic finding() {
        return finding.get();
    }

    /** Shows a new model value without committing anything. */
    void refresh(String modelValue) {
        value.set(modelValue == null ? "" : modelValue);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return kind != FieldKind.READ_ONLY && commit != null;
    }
}
