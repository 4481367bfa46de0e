package org.skupperdesigner.app.ui.properties;

/** How a field is edited. */
public enum FieldKind {
    TEXT, INTEGER, BOOLEAN, CHOICE, MULTILINE, READ_ONLY
}
