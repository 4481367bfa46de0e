package org.skupperdesigner.app.ui.simulate.panel;

import java.util.Locale;

import org.skupperdesigner.simulator.event.FlowView;

/**
 * One ended connection as the flow table shows it.
 *
 * @param flowId     router flow id
 * @param endedAt    seconds since the start when it ended
 * @param listener   the listener ({@code site/name}) its client connected to
 * @param path       sites it crossed, {@code west → east}, or "—" when it never left the listener
 * @param servedBy   the replica that served it ({@code site/connector}), or "nobody"
 * @param bytesOut   client to server
 * @param bytesBack  server to client
 * @param millis     how long it was open
 * @param outcome    how it ended, lower case ({@code completed}, {@code aborted}, {@code no_route} ...)
 */
public record FlowRow(String flowId, double endedAt, String listener, String path, String servedBy, long bytesOut,
                      long bytesBack, double millis, String outcome) {

    public static FlowRow of(FlowView f) {
        double ended = f.closed() == null ? f.opened().toNanos() / 1e9 : f.closed().toNanos() / 1e9;
        double millis = f.closed() == null ? 0 : Math.max(0, f.closed().minus(f.opened()).toNanos() / 1e6);
        String served = f.servedBy() != null ? f.servedBy() : f.connectorId() != null ? f.connectorId() : "nobody";
        return new FlowRow(f.flowId(), ended, f.listenerId(), f.sitePath().isEmpty() ? "—"
                : String.join(" → ", f.sitePath()), served, f.bytesOut(), f.bytesBack(), millis,
                f.outcome().name().toLowerCase(Locale.ROOT));
    }

    public boolean failed() {
        return !"completed".equals(outcome);
    }
}
