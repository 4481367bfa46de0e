package org.skupperdesigner.app.ui.commands;

import java.util.Objects;
import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.Network;

/**
 * One user gesture as a pure function of the design: the only way the designer changes a {@link Network}.
 *
 * @param label  what the gesture did, shown in the Edit menu ("Undo Move 2 sites")
 * @param change the edit; must not mutate anything (the model is immutable anyway)
 */
public record Edit(String label, UnaryOperator<Network> change) {

    public Edit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
    }
}
