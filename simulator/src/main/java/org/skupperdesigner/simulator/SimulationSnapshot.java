package org.skupperdesigner.simulator;

import java.time.Duration;
import java.util.List;
import org.skupperdesigner.router.config.KeyStrategy;
import org.skupperdesigner.simulator.metrics.WindowStats;

/**
 * Live state of a simulation at one moment, cheap to take (no router is queried): what a designer shows
 * once per frame or a command line prints once per second.
 *
 * @param elapsed   time since start
 * @param listeners per listener, in design order
 * @param links     per link of the plan
 * @param sites     per site
 */
public record SimulationSnapshot(Duration elapsed, List<ListenerState> listeners, List<LinkState> links,
                                 List<SiteState> sites) {
    public SimulationSnapshot {
        listeners = List.copyOf(listeners);
        links = List.copyOf(links);
        sites = List.copyOf(sites);
    }

    /**
     * @param address       where clients connect
     * @param open          whether its socket is open (last reported by its router)
     * @param traffic       whether a generator is sending to it
     * @param total         everything since start
     * @param recent        the last second
     * @param strategy      its routing key, or a multi-key listener's keys and how it picks among them
     * @param keysReachable the keys its site's router reaches now, in the strategy's order (a multi-key listener's
     *                      {@code status.strategy.*.routingKeysReachable}; {@code hasDestination} when not empty)
     */
    public record ListenerState(ListenerAddress address, boolean open, boolean traffic, WindowStats total,
                                WindowStats recent, KeyStrategy strategy, List<String> keysReachable) {
        public ListenerState {
            keysReachable = List.copyOf(keysReachable);
        }

        /** The keys new connections go to now (see {@link KeyStrategy#serving}). */
        public List<String> keysServing() {
            return strategy.serving(keysReachable::contains);
        }

        public boolean multiKey() {
            return strategy.isWeighted() || strategy.keys().size() > 1;
        }
    }

    /**
     * @param up        whether the dialling router reports it up
     * @param cost      its cost
     * @param condition network path: up, cut, silent
     * @param shape     injected latency/bandwidth/loss, or {@code none}
     * @param bytesForward bytes from the dialling to the accepting router
     * @param bytesBack bytes the other way
     */
    public record LinkState(String linkId, String fromSite, String toSite, boolean up, int cost, String condition,
                            String shape, long bytesForward, long bytesBack) {
    }

    public record SiteState(String siteId, String mode, boolean running) {
    }
}
