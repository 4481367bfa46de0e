package org.skupperdesigner.app.ui.file;

/** The answer to "save the changes first?". */
public enum UnsavedChoice {
    SAVE, DISCARD, CANCEL
}
