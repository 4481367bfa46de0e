package org.skupperdesigner.simulator.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skupperdesigner.simulator.fault.LinkShape;
import org.skupperdesigner.simulator.settings.SettingsReader;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/**
 * Reads the action of one timeline step: exactly one action key besides {@code at}.
 *
 * <pre>
 * cut: link/east-to-west          restore: link/east-to-west      blackhole: link/east-to-west
 * shape: link/east-to-west        (with latency: 50ms, bandwidth: 1MB/s, loss: 1% beside it)
 * stop: site/east                 start: site/east
 * stop: workload/east/backend     start: workload/east/backend
 * traffic: {west/backend: {rate: 100}}                            stop-traffic: west/backend
 * remove: east/Connector/backend  (or link/x, site/x: a live design edit)
 * set-cost: link/east-to-west     (with cost: 5 beside it)
 * note: free text for the timeline
 * </pre>
 */
final class StepActions {
    private static final List<String> ACTIONS = List.of("cut", "restore", "blackhole", "silence", "shape", "stop",
            "start", "traffic", "stop-traffic", "remove", "set-cost", "note");
    private static final Set<String> SHAPE_KEYS = Set.of("latency", "bandwidth", "loss");

    private StepActions() {
    }

    static ScenarioAction read(SettingsReader r) {
        List<String> present = ACTIONS.stream().filter(r::has).toList();
        if (present.size() != 1) {
            r.error(null, r.path() + (present.isEmpty() ? " has no action" : " has " + present.size()
                    + " actions (" + String.join(", ", present) + ")"), "one action per step: one of "
                    + String.join(", ", ACTIONS) + "; add another step with the same 'at' for more");
            return null;
        }
        String key = present.get(0);
        Set<String> allowed = new java.util.HashSet<>(Set.of("at", key));
        if (key.equals("shape")) {
            allowed.addAll(SHAPE_KEYS);
        } else if (key.equals("set-cost")) {
            allowed.add("cost");
        }
        r.warnUnknown(allowed);
        String target = key.equals("traffic") ? null : r.string(key, "").trim();
        try {
            return switch (key) {
                case "cut" -> new ScenarioAction.CutLink(link(target));
                case "restore" -> new ScenarioAction.RestoreLink(link(target));
                case "blackhole", "silence" -> new ScenarioAction.SilenceLink(link(target));
                case "shape" -> new ScenarioAction.ShapeLink(link(target), new LinkShape(
                        r.duration("latency", Duration.ZERO), r.bytesPerSecond("bandwidth", 0), r.fraction("loss", 0)));
                case "stop", "start" -> lifecycle(key, target);
                case "traffic" -> traffic(r);
                case "stop-traffic" -> new ScenarioAction.StopTraffic(listener(target));
                case "remove" -> new ScenarioAction.RemoveElement(element(target));
                case "set-cost" -> new ScenarioAction.SetLinkCost(link(target), r.integer("cost", 1, 1, 1_000_000));
                default -> new ScenarioAction.Note(target);
            };
        } catch (IllegalArgumentException e) {
            r.error(key, r.child(key) + ": " + e.getMessage(), "");
            return null;
        }
    }

    private static String link(String target) {
        String id = target.startsWith("link/") ? target.substring(5) : target;
        if (id.isEmpty() || id.contains("/")) {
            throw new IllegalArgumentException("'" + target + "' does not name a link; write link/<link id>");
        }
        return id;
    }

    private static ScenarioAction lifecycle(String verb, String target) {
        boolean stop = verb.equals("stop");
        if (target.startsWith("site/") && target.length() > 5 && target.indexOf('/', 5) < 0) {
            String site = target.substring(5);
            return stop ? new ScenarioAction.StopSite(site) : new ScenarioAction.StartSite(site);
        }
        if (target.startsWith("workload/")) {
            String connector = target.substring("workload/".length());
            if (connector.indexOf('/') > 0 && connector.indexOf('/') == connector.lastIndexOf('/')) {
                return stop ? new ScenarioAction.StopWorkload(connector) : new ScenarioAction.StartWorkload(connector);
            }
        }
        throw new IllegalArgumentException("'" + target + "' is neither site/<site id> nor workload/<site id>/"
                + "<connector name>");
    }

    private static ScenarioAction traffic(SettingsReader r) {
        SettingsReader section = SettingsReader.of(r.child("traffic"), r.raw("traffic"), r.locator(), r.problems());
        Map<String, TrafficSpec> traffic = new LinkedHashMap<>();
        if (section != null) {
            for (Map.Entry<String, Object> e : section.values().entrySet()) {
                SettingsReader spec = SettingsReader.of(section.child(e.getKey()), e.getValue(), r.locator(),
                        r.problems());
                if (spec != null) {
                    traffic.put(listener(e.getKey()), TrafficSpec.read(spec, TrafficSpec.DEFAULT));
                }
            }
        }
        if (traffic.isEmpty()) {
            throw new IllegalArgumentException("name at least one listener: traffic: {west/backend: {rate: 50}}");
        }
        return new ScenarioAction.StartTraffic(traffic);
    }

    private static String listener(String target) {
        if (target.indexOf('/') <= 0 || target.indexOf('/') != target.lastIndexOf('/')) {
            throw new IllegalArgumentException("'" + target + "' does not name a listener; write <site id>/<name>");
        }
        return target;
    }

    private static String element(String target) {
        if (target.startsWith("link/") || target.startsWith("site/") || target.split("/").length == 3) {
            return target;
        }
        throw new IllegalArgumentException("'" + target + "' is not an element id; write link/<id>, site/<id> or "
                + "<site id>/<Kind>/<name>");
    }
}
