package org.skupperdesigner.simulator.scenario;

import java.util.List;
import org.skupperdesigner.simulator.report.SimulationReport;

/**
 * How a scenario run went.
 *
 * @param passed       every expectation held and every step applied
 * @param expectations verdict per expectation
 * @param stepErrors   steps that could not be applied
 * @param report       the data for the JSON and HTML reports
 */
public record ScenarioResult(boolean passed, List<ExpectationResult> expectations, List<String> stepErrors,
                             SimulationReport report) {
    public ScenarioResult {
        expectations = List.copyOf(expectations);
        stepErrors = List.copyOf(stepErrors);
    }
}
