package org.skupperdesigner.app.ui.simulate.panel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.skupperdesigner.simulator.metrics.ListenerMetrics;
import org.skupperdesigner.simulator.metrics.WindowStats;

/**
 * Failed answers per connector in a window: requests whose (HTTP) answer named the replica that sent it and was an
 * error, such as the 500 a failing http-hello workload sends. The routers see those connections complete normally, so
 * without this a failing HTTP connector would chart no errors.
 */
public final class AnsweredErrors {

    private AnsweredErrors() {
    }

    /**
     * @param metrics      each listener's metrics
     * @param listenerIds  the listeners to look at
     * @param connectorIds connectors to attribute to ({@code site/name}; replica labels {@code site/name-N} match)
     */
    public static Map<String, Long> byConnector(Function<String, ListenerMetrics> metrics,
                                                Collection<String> listenerIds, Collection<String> connectorIds,
                                                long fromMicros, long toMicros) {
        Map<String, Long> errors = new HashMap<>();
        for (String listenerId : listenerIds) {
            metrics.apply(listenerId).requestsByServer(fromMicros, toMicros).forEach((label, served) -> {
                if (served.failed() > 0) {
                    // an exact name wins over a replica label match (east/backend-api is not east/backend's replica)
                    String connector = connectorIds.contains(label) ? label : connectorIds.stream()
                            .filter(c -> WindowStats.matches(label, c)).findFirst().orElse(null);
                    if (connector != null) {
                        errors.merge(connector, served.failed(), Long::sum);
                    }
                }
            });
        }
        return errors;
    }
}
