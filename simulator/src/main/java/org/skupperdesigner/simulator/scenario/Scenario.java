package org.skupperdesigner.simulator.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * A timeline of faults and edits against a design, with expectations that decide pass or fail.
 *
 * <pre>
 * name: payments fail over to the backup region
 * design: ../ha-failover.skupper-design.yaml   # relative to this file (the command line may give another)
 * duration: 30s
 * timers: fast                                # skupper (1 s hellos, 3 s dead) or fast (10x quicker)
 * simulation:                                 # same keys as a design's simulation section, laid over it
 *   traffic:
 *     frontend/payments: {rate: 50, concurrency: 4, protocol: http}
 * timeline:
 *   - at: 10s
 *     cut: link/frontend-to-primary
 * expect:
 *   - listener frontend/payments errors &lt; 1% after 12s
 *   - listener frontend/payments served-by backup after 12s
 * </pre>
 *
 * @param name         shown in reports
 * @param design       the design file it names (resolved against the scenario's folder), or null
 * @param duration     how long traffic runs, from the moment the network is ready
 * @param timers       {@code skupper} or {@code fast}, or null to keep the caller's choice
 * @param simulation   raw simulation settings laid over the design's
 * @param steps        the timeline, in time order
 * @param expectations what must hold
 * @param locator      path in the scenario file to its position, for later messages
 * @param smokeTest    when true, every listener that should carry traffic is also expected to have under 1%
 *                     errors (what {@code simulate} checks without a scenario)
 */
public record Scenario(String name, Path design, Duration duration, String timers, Map<String, Object> simulation,
                       List<ScenarioStep> steps, List<Expectation> expectations,
                       Function<String, SourceLocation> locator, boolean smokeTest) {
    public Scenario {
        simulation = simulation == null ? Map.of() : Map.copyOf(simulation);
        steps = List.copyOf(steps);
        expectations = List.copyOf(expectations);
        locator = locator == null ? p -> null : locator;
    }

    /**
     * No timeline: run traffic for {@code duration}; every listener that has a reachable connector must see
     * under 1% errors.
     */
    public static Scenario smokeTest(String name, Duration duration) {
        return new Scenario(name, null, duration, null, Map.of(), List.of(), List.of(), null, true);
    }

    public Scenario withDuration(Duration value) {
        return new Scenario(name, design, value, timers, simulation, steps, expectations, locator, smokeTest);
    }

    public Scenario withTimers(String value) {
        return new Scenario(name, design, duration, value, simulation, steps, expectations, locator, smokeTest);
    }
}
