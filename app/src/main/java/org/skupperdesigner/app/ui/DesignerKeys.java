package org.skupperdesigner.app.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;

/**
 * Shortcuts that text fields also use (Delete, Backspace, Ctrl+C/X/V/A). Handled on the bubbling phase, so they act
 * on the design only when no focused text field consumed the key first.
 */
final class DesignerKeys {

    private final DesignerActions actions;
    private final DesignCanvas canvas;

    DesignerKeys(DesignerActions actions, DesignCanvas canvas) {
        this.actions = actions;
        this.canvas = canvas;
    }

    void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            boolean handled = true;
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                actions.edits().delete();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                actions.edits().copy();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.X) {
                actions.edits().cut();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
                actions.edits().paste();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
                actions.edits().selectAll();
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
                canvas.requestFocus();
            }
        });
    }
}
