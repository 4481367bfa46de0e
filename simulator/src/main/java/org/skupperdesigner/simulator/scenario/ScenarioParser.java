package org.skupperdesigner.simulator.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;
import org.skupperdesigner.simulator.settings.SettingsReader;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;

/**
 * Reads a scenario file. Never throws: every problem is a diagnostic with the file, line and column, and
 * reading goes on so all problems are reported at once.
 */
public final class ScenarioParser {
    static final Set<String> KEYS = Set.of("name", "design", "duration", "timers", "simulation", "timeline", "expect");
    private static final Duration DEFAULT_DURATION = Duration.ofSeconds(30);

    /** A parsed scenario (null when the file is not a scenario at all) and the problems found. */
    public record Result(Scenario scenario, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return scenario == null || diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result parse(Path file, String text) {
        String label = file.toString();
        List<Diagnostic> problems = new ArrayList<>();
        List<YamlDocument> docs = new YamlDocumentReader().read(label, text, problems);
        if (docs.size() != 1 || !(docs.get(0).value() instanceof Map<?, ?>)) {
            if (problems.isEmpty()) {
                problems.add(Diagnostic.error("scenario.shape", "a scenario file holds one YAML map (name, design, "
                        + "duration, timeline, expect)", "", SourceLocation.ofFile(label)));
            }
            return new Result(null, problems);
        }
        YamlDocument doc = docs.get(0);
        Function<String, SourceLocation> locator = doc::locate;
        @SuppressWarnings("unchecked")
        SettingsReader root = new SettingsReader("", (Map<String, Object>) doc.value(), locator, problems);
        root.warnUnknown(KEYS);
        String name = root.string("name", baseName(file));
        String designText = root.string("design", null);
        Path design = designText == null ? null : resolve(file, designText);
        Duration duration = root.duration("duration", DEFAULT_DURATION);
        if (duration.isZero()) {
            root.error("duration", "duration must be more than 0", "write e.g. 30s");
            duration = DEFAULT_DURATION;
        }
        String timers = root.string("timers", null);
        if (timers != null && !timers.equals("skupper") && !timers.equals("fast")) {
            root.error("timers", "timers must be 'skupper' (1 s hellos, 3 s dead interval) or 'fast' (10x quicker), "
                    + "was '" + timers + "'", "");
            timers = null;
        }
        Map<String, Object> simulation = Map.of();
        Object raw = root.raw("simulation");
        if (raw instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            simulation = typed;
            SimulationSettingsParser.parse(typed, "simulation", locator,
                    problems); // checked now, applied over the design's settings later
        } else if (raw != null) {
            root.error("simulation", "simulation must be a map (workloads, traffic, defaults)", "");
        }
        List<ScenarioStep> steps = new ArrayList<>();
        list(root, "timeline", problems).forEach((path, value) -> {
            ScenarioStep step = step(path, value, locator, problems);
            if (step != null) {
                steps.add(step);
            }
        });
        steps.sort(Comparator.comparing(ScenarioStep::at));
        List<Expectation> expectations = new ArrayList<>();
        list(root, "expect", problems).forEach((path, value) -> expectations.addAll(
                ExpectationForms.read(path, value, locator, problems)));
        return new Result(new Scenario(name, design, duration, timers, simulation, steps, expectations, locator,
                false),
                problems);
    }

    private static Map<String, Object> list(SettingsReader root, String key, List<Diagnostic> problems) {
        Object raw = root.raw(key);
        Map<String, Object> items = new LinkedHashMap<>();
        if (raw == null) {
            return items;
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(Diagnostic.error("scenario.shape", key + " must be a list ('- ...' lines)", "",
                    root.location(key)));
            return items;
        }
        for (int i = 0; i < list.size(); i++) {
            items.put(key + "[" + i + "]", list.get(i));
        }
        return items;
    }

    private static ScenarioStep step(String path, Object value, Function<String, SourceLocation> locator,
                                     List<Diagnostic> problems) {
        SettingsReader r = SettingsReader.of(path, value, locator, problems);
        if (r == null) {
            return null;
        }
        if (!r.has("at")) {
            problems.add(Diagnostic.error("scenario.step", path + " has no 'at' time", "write e.g. 'at: 10s'",
                    r.location(null)));
            return null;
        }
        Duration at = r.duration("at", Duration.ZERO);
        ScenarioAction action = StepActions.read(r);
        return action == null ? null : new ScenarioStep(at, action, r.location(null));
    }

    private static Path resolve(Path scenarioFile, String design) {
        Path parent = scenarioFile.toAbsolutePath().getParent();
        Path given = Path.of(design);
        return given.isAbsolute() || parent == null ? given : parent.resolve(given).normalize();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
