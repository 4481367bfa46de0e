package org.skupperdesigner.app.ui.problems;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;

/** What the problems panel needs from validation: all findings for one snapshot. Must never throw. */
@FunctionalInterface
public interface ValidationService {

    List<Diagnostic> validate(Network network);
}
