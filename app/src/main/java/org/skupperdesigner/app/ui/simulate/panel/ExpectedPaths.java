package org.skupperdesigner.app.ui.simulate.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.analysis.ListenerReachability;
import org.skupperdesigner.model.analysis.ReachabilityAnalyzer;
import org.skupperdesigner.model.analysis.ReachabilityReport;
import org.skupperdesigner.model.network.Network;

/**
 * The links a listener's first connections are expected to cross, from the design's reachability analysis (the
 * connector Skupper's balancing picks first). The routers report a connection's path only when it ends, so until
 * one of a listener's connections has ended this is the best guess at where its open connections run.
 */
public final class ExpectedPaths {

    private ExpectedPaths() {
    }

    /**
     * Listener id ({@code site/name}) to the links of its first pick, for every listener that reaches one (a
     * multi-key listener through the key that takes its new connections first).
     */
    public static Map<String, List<String>> of(Network network) {
        Map<String, List<String>> paths = new HashMap<>();
        ReachabilityReport report = new ReachabilityAnalyzer().analyze(network);
        for (ListenerReachability l : report.listeners()) {
            FigureTarget listener = FigureTarget.ofElementId(l.listener(), network);
            if (listener == null || !listener.isListener() || paths.containsKey(listener.id())) {
                continue;
            }
            List<ListenerReachability> serving = report.serving(l.listener());
            if (!serving.isEmpty()) {
                paths.put(listener.id(), serving.get(0).routes().get(0).links());
            }
        }
        return paths;
    }
}
