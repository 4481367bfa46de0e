package org.skupperdesigner.app.ui.problems;

/** Chooses the validator the designer uses. */
public final class ValidationServices {

    private ValidationServices() {
    }

    /** The model's full rule set (incremental). */
    public static ValidationService best() {
        return new ModelValidationService();
    }
}
