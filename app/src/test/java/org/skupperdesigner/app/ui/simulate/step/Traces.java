package org.skupperdesigner.app.ui.simulate.step;

import java.time.Duration;
import java.util.List;

import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.trace.Trace;
import org.skupperdesigner.simulator.trace.TraceStep;
import org.skupperdesigner.simulator.trace.TraceStep.Kind;

/** Hello-world and traces shaped like the ones the simulator's ConnectionTracer returns for it. */
final class Traces {

    private Traces() {
    }

    static Network helloWorld() {
        return NetworkLoader.load(List.of(TestWindows.examples().resolve("hello-world.skupper-design.yaml"))).network();
    }

    /** west/backend served by east/backend over east-to-west (dialled by east), as the tracer reports it. */
    static Trace served() {
        FlowView flow = new FlowView("r1:7", "west/backend", "backend", List.of("west", "east"),
                List.of("east-to-west"), "east/backend", "east/backend", 3933, 3933, Duration.ofMillis(500),
                Duration.ofMillis(597), FlowOutcome.COMPLETED);
        return new Trace("west/backend", RequestOutcome.OK, flow, List.of(
                step(0, Kind.CLIENT_CONNECT, "west/Listener/backend", 0, "client connects to 127.0.0.1:37853"),
                step(1, Kind.LISTENER_ACCEPT, "site/west", 38.7, "router west accepts it on listener backend"),
                step(2, Kind.ROUTING_DECISION, "site/west", null, "router west balances 'backend'; chose east"),
                step(3, Kind.LINK_HOP, "link/east-to-west", null, "west -> east over link east-to-west (cost 1)"),
                step(4, Kind.CONNECTOR_CONNECT, "east/Connector/backend", null, "router east connects connector"),
                step(5, Kind.WORKLOAD, "east/Connector/backend", 76.8, "echo east/backend reads 3933 bytes"),
                step(6, Kind.RESPONSE, "west/Listener/backend", 97.9, "client receives 3933 bytes"),
                step(7, Kind.CLOSED, "site/west", 95.5, "connection completed")));
    }

    /** A listener whose key no connector serves: the router refuses the connection. */
    static Trace refused(String listenerId, String listenerElement) {
        return new Trace(listenerId, RequestOutcome.REFUSED, null, List.of(
                step(0, Kind.CLIENT_CONNECT, listenerElement, 0, "client connects"),
                step(1, Kind.FAILURE, listenerElement, 1.2, "connection refused: the listener is closed")));
    }

    private static TraceStep step(int index, Kind kind, String element, Number millis, String text) {
        return new TraceStep(index, kind, element, millis == null ? null
                : Duration.ofNanos((long) (millis.doubleValue() * 1_000_000)), text);
    }

}
