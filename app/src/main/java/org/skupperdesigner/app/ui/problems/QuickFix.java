package org.skupperdesigner.app.ui.problems;

import org.skupperdesigner.app.ui.commands.Edit;

/** An obvious repair for one problem: a label for the button and the edit it applies. */
public record QuickFix(String label, Edit edit) {
}
