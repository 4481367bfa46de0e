package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * One timeline entry: do {@code action} at {@code at} after the scenario started.
 *
 * @param location where it is written, for messages
 */
public record ScenarioStep(Duration at, ScenarioAction action, SourceLocation location) {
}
