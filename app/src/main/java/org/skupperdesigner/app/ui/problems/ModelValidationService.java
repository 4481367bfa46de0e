package org.skupperdesigner.app.ui.problems;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.validation.IncrementalValidator;
import org.skupperdesigner.model.validation.Validator;

/**
 * The model's validator behind the designer's interface. Incremental: it re-checks only the sites an edit touched,
 * which keeps re-validation on every edit cheap for large designs.
 */
public final class ModelValidationService implements ValidationService {

    private final IncrementalValidator validator = new Validator().incremental();

    @Override
    public List<Diagnostic> validate(Network network) {
        return validator.validate(network).diagnostics();
    }
}
