package org.skupperdesigner.app.ui.properties;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/**
 * Edits one field: checks the text on every keystroke (ControlsFX validation decoration on the control and the
 * message right under it) and commits only on Enter, a choice or leaving the field - so one edit per change, not per
 * keystroke. While the field shows its committed value, the validator's finding about it (if any) stands in the
 * same place, styled by its severity.
 */
final class ValidatedFieldEditor implements PropertyEditor<Object> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final FieldItem item;
    private final Control control;
    private final Label message = new Label();
    private final Node errorIcon = Icons.of(Feather.ALERT_CIRCLE, 12);
    private final Node warningIcon = Icons.of(Feather.ALERT_TRIANGLE, 12);
    private final VBox node;
    private boolean updating;

    ValidatedFieldEditor(FieldItem item, ValidationSupport validation) {
        this.item = item;
        this.control = createControl();
        control.setId("field-" + item.key().replace('.', '-'));
        control.setMaxWidth(Double.MAX_VALUE);
        // a narrow preferred width: the sheet's grid shrinks both columns when the side panel is narrow, and the
        // labels ("Expose pods by name") were cut before the editors, which grow to fill the row anyway
        control.setPrefWidth(120);
        control.setDisable(!item.isEditable() && item.kind() != FieldKind.READ_ONLY);
        message.getStyleClass().add("field-message");
        message.setGraphic(errorIcon);
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        message.setId("message-" + item.key().replace('.', '-'));
        node = new VBox(3, control, message);
        node.setAlignment(Pos.CENTER_LEFT);
        item.findingProperty().addListener((o, was, now) -> showProblem(shownText()));
        if (control instanceof TextInputControl) {
            TextInputControl input = (TextInputControl) control;
            input.textProperty().addListener((o, a, text) -> showProblem(text));
            validation.registerValidator(input, false, (Validator<String>) (c, text) ->
                    ValidationResult.fromErrorIf(c, item.problem(text), item.problem(text) != null));
        }
        setValue(item.getValue());
        // the sheet sets an editor's value only when it makes it: a value refreshed in place (undo, an opened
        // design, an edit elsewhere) reaches the control through this
        item.getObservableValue().ifPresent(v -> v.addListener((o, was, now) -> setValue(now)));
    }

    private Control createControl() {
        switch (item.kind()) {
            case BOOLEAN:
            case CHOICE: {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().setAll(item.choices());
                combo.valueProperty().addListener((o, a, v) -> {
                    if (!updating && v != null) {
                        item.setValue(v);
                    }
                });
                combo.setMaxWidth(Double.MAX_VALUE);
                return combo;
            }
            case MULTILINE: {
                TextArea area = new TextArea();
                area.setPrefRowCount(5);
                area.setWrapText(true);
                area.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commitText(area.getText());
                    }
                });
                return area;
            }
            default: {
                TextField field = new TextField();
                field.setEditable(item.isEditable());
                if (!item.isEditable()) {
                    field.getStyleClass().add("read-only-field");
                }
                field.setOnAction(e -> commitText(field.getText()));
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        commitText(field.getText());
                    }
                });
                return field;
            }
        }
    }

    private void commitText(String text) {
        if (!updating && item.isEditable() && item.problem(text) == null) {
            item.setValue(text);
        }
    }

    private String shownText() {
        Object shown = getValue();
        return shown == null ? "" : shown.toString();
    }

    /** The typed text's own problem first; else, while the text is the committed value, the validator's finding. */
    private void showProblem(String text) {
        String problem = item.isEditable() ? item.problem(text) : null;
        Diagnostic finding = problem == null && text.equals(item.getValue()) ? item.finding() : null;
        boolean warning = finding != null && finding.severity() != Severity.ERROR;
        String shown = problem != null ? problem : finding != null ? FindingText.besideField(finding) : null;
        message.setText(shown == null ? "" : shown);
        message.setTooltip(finding == null || finding.hint().isEmpty() ? null : new Tooltip(finding.hint()));
        message.setGraphic(warning ? warningIcon : errorIcon);
        message.getStyleClass().remove("warning");
        if (warning) {
            message.getStyleClass().add("warning");
        }
        message.setVisible(shown != null);
        message.setManaged(shown != null);
        control.pseudoClassStateChanged(INVALID, shown != null && !warning);
        control.pseudoClassStateChanged(WARNING, warning);
    }

    @Override
    public Node getEditor() {
        return node;
    }

    @Override
    public Object getValue() {
        if (control instanceof ComboBox) {
            return ((ComboBox<?>) control).getValue();
        }
        return ((TextInputControl) control).getText();
    }

    @SuppressWarnings("unchecked")
    @Override
    public void setValue(Object value) {
        updating = true;
        try {
            String text = value == null ? "" : value.toString();
            if (control instanceof ComboBox) {
                ((ComboBox<String>) control).setValue(text);
                showProblem(text);
            } else {
                TextInputControl input = (TextInputControl) control;
                if (!input.getText().equals(text)) {
                    input.setText(text);
                }
                showProblem(text);
            }
        } finally {
            updating = false;
        }
    }
}
