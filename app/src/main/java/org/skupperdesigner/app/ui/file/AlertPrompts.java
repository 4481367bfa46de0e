package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** {@link Prompts} as JavaFX alerts owned by the designer window. Button ids let tests and screenshots find them. */
public final class AlertPrompts implements Prompts {

    public static final String SAVE_ID = "unsaved-save";
    public static final String DISCARD_ID = "unsaved-discard";
    public static final String CANCEL_ID = "unsaved-cancel";
    public static final String RECOVER_ID = "recovery-recover";
    public static final String RECOVERY_DISCARD_ID = "recovery-discard";
    public static final String REPLACE_ID = "replace-replace";
    public static final String REPLACE_CANCEL_ID = "replace-cancel";

    @Override
    public UnsavedChoice confirmUnsaved(Window owner, String designName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + designName + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        tag(alert, save, SAVE_ID);
        tag(alert, discard, DISCARD_ID);
        tag(alert, ButtonType.CANCEL, CANCEL_ID);
        Optional<ButtonType> answer = show(alert, owner);
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    @Override
    public boolean offerRecovery(Window owner, Path recoveryFile) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Skupper Designer did not close cleanly last time.");
        alert.setContentText("Recover the unsaved design from the last autosave" + savedAt(recoveryFile) + "?\n"
                + "Discard deletes the autosaved copy (" + recoveryFile.getFileName() + ").");
        alert.getDialogPane().setPrefWidth(580);
        tag(alert, recover, RECOVER_ID);
        tag(alert, discard, RECOVERY_DISCARD_ID);
        return show(alert, owner).orElse(discard) == recover;
    }

    @Override
    public boolean confirmReplace(Window owner, String header, String text) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, replace, ButtonType.CANCEL);
        alert.setTitle("Replace files");
        alert.setHeaderText(header);
        alert.getDialogPane().setPrefWidth(620);
        tag(alert, replace, REPLACE_ID);
        tag(alert, ButtonType.CANCEL, REPLACE_CANCEL_ID);
        // Cancel is the default: Enter must not overwrite files
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return show(alert, owner).orElse(ButtonType.CANCEL) == replace;
    }

    /** " (saved 21 Nov, 08:51)" from the file's time, or nothing when it cannot be read. */
    private static String savedAt(Path file) {
        try {
            java.time.ZonedDateTime time = java.nio.file.Files.getLastModifiedTime(file).toInstant()
                    .atZone(java.time.ZoneId.systemDefault());
            return " (saved " + java.time.format.DateTimeFormatter.ofPattern("d MMM, HH:mm", java.util.Locale.ENGLISH)
                    .format(time) + ")";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public void info(Window owner, String header, String text) {
        message(Alert.AlertType.INFORMATION, owner, header, text);
    }

    @Override
    public void error(Window owner, String header, String text) {
        message(Alert.AlertType.ERROR, owner, header, text);
    }

    private static void message(Alert.AlertType type, Window owner, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.setHeaderText(header);
        show(alert, owner);
    }

    private static Optional<ButtonType> show(Alert alert, Window owner) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(460);
        return alert.showAndWait();
    }

    private static void tag(Alert alert, ButtonType type, String id) {
        Node button = alert.getDialogPane().lookupButton(type);
        if (button != null) {
            button.setId(id);
        }
    }
}
