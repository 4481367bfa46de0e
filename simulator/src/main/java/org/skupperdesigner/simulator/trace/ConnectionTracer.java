package org.skupperdesigner.simulator.trace;

import io.netty.channel.EventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.controller.LinkIndex;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseChecks;
import org.skupperdesigner.simulator.workload.WorkloadIdentity;
import org.skupperdesigner.simulator.workload.Workloads;

/**
 * Sends one connection through a listener and reconstructs its journey from what the client, the routers
 * (flow record: path of routers, serving connector) and the workload observed. The connection carries a
 * request of an unusual size so its flow record and workload visit can be told apart from other traffic.
 */
public final class ConnectionTracer {
    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** A built-in workload's report of one connection. */
    private record Visit(WorkloadIdentity who, Instant accepted, Instant closed, long in, long out) {
    }

    private final EventBus bus;
    private final Workloads workloads;
    private final NetworkPlan plan;
    private final LinkIndex links;
    private final Function<String, Map<String, Integer>> routeCosts;
    private final EventLoopGroup clients;
    private final Instant simulationStart;

    public ConnectionTracer(EventBus bus, Workloads workloads, NetworkPlan plan, LinkIndex links,
                            Function<String, Map<String, Integer>> routeCosts, EventLoopGroup clients,
                            Instant simulationStart) {
        this.bus = bus;
        this.workloads = workloads;
        this.plan = plan;
        this.links = links;
        this.routeCosts = routeCosts;
        this.clients = clients;
        this.simulationStart = simulationStart;
    }

    public Trace trace(ListenerAddress address, Duration timeout) throws InterruptedException {
        ListenerPlan listener = plan.listener(address.listenerId()).orElseThrow(
                () -> new IllegalArgumentException("no listener " + address.listenerId()));
        Protocol protocol = ResponseChecks.naturalProtocol(plan, listener.routingKey());
        long size = 3001 + 2L * ThreadLocalRandom.current().nextInt(1000); // odd: unlike generated sizes
        ConcurrentLinkedQueue<Visit> visits = new ConcurrentLinkedQueue<>();
        OneShotClient.Result result;
        FlowView flow = null;
        AutoCloseable probe = workloads.addProbe((who, accepted, closed, in, out, failed) ->
                visits.add(new Visit(who, accepted, closed, in, out)));
        try (var flows = bus.subscribe(100_000, e -> e instanceof SimulationEvent.FlowEnded ended
                && ended.flow().listenerId().equals(listener.listenerId()))) {
            result = OneShotClient.send(clients, new InetSocketAddress(address.host(), address.port()), protocol,
                    size, 512, ResponseChecks.forListener(plan, listener.listenerId(), protocol), timeout,
                    ThreadLocalRandom.current().nextLong()).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (result.outcome() != RequestOutcome.REFUSED) {
                long deadline = System.nanoTime() + SETTLE.toNanos();
                while (flow == null && System.nanoTime() < deadline) {
                    for (SimulationEvent e : flows.drain()) {
                        FlowView f = ((SimulationEvent.FlowEnded) e).flow();
                        if (f.bytesOut() == result.wireBytesSent()) {
                            flow = f;
                        }
                    }
                    if (flow == null) {
                        Thread.sleep(5);
                    }
                }
                // a built-in workload reports its side when it sees the connection close, which may come just
                // after the router's record of it
                long sent = result.wireBytesSent();
                boolean workloadServed = flow != null && flow.connectorId() != null
                        && !workloads.of(flow.connectorId()).isEmpty();
                while (workloadServed && visits.stream().noneMatch(v -> v.in() == sent)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("trace of " + listener.listenerId() + " did not finish", e);
        } finally {
            closeQuietly(probe);
        }
        long sent = result.wireBytesSent();
        Visit visit = visits.stream().filter(v -> v.in() == sent).findFirst().orElse(null);
        return new Trace(listener.listenerId(), result.outcome(), flow, steps(address, listener, result, flow, visit));
    }

    private List<TraceStep> steps(ListenerAddress address, ListenerPlan listener, OneShotClient.Result result,
                                  FlowView flow, Visit visit) {
        Steps steps = new Steps(result.started());
        String listenerElement = listener.siteId() + "/Listener/" + listener.name();
        steps.add(TraceStep.Kind.CLIENT_CONNECT, listenerElement, Duration.ZERO, "client connects to "
                + address.host() + ":" + address.port() + " (" + listener.listenerId()
                + (listener.designPort() == null ? "" : ", " + listener.designHost() + ":" + listener.designPort())
                + ")");
        if (flow == null) {
            steps.add(TraceStep.Kind.FAILURE, listenerElement, result.latency(), result.outcome()
                    == RequestOutcome.REFUSED ? "connection refused: the listener is closed because no connector for '"
                    + listener.routingKey() + "' is reachable" : "the router kept no record of the connection ("
                    + result.outcome().name().toLowerCase() + ")");
            return steps.list;
        }
        steps.add(TraceStep.Kind.LISTENER_ACCEPT, "site/" + listener.siteId(), steps.since(flow.opened()),
                "router " + listener.siteId() + " accepts it on listener " + listener.name() + " (routing key "
                        + listener.routingKey() + ")");
        List<String> path = flow.sitePath();
        if (!path.isEmpty()) {
            steps.add(TraceStep.Kind.ROUTING_DECISION, "site/" + path.get(0), null, decision(listener, path));
        }
        for (int i = 1; i < path.size(); i++) {
            String linkId = flow.linkPath().get(i - 1);
            NetworkPlan.LinkPlan link = links.byId(linkId);
            steps.add(TraceStep.Kind.LINK_HOP, "link/" + linkId, null, path.get(i - 1) + " -> " + path.get(i)
                    + " over link " + linkId + (link == null ? "" : " (cost " + link.cost() + ", dialled by "
                    + link.fromSite() + ")"));
            if (i < path.size() - 1) {
                steps.add(TraceStep.Kind.ROUTING_DECISION, "site/" + path.get(i), null, "router " + path.get(i)
                        + " repeats the choice and forwards toward " + path.get(path.size() - 1));
            }
        }
        if (flow.connectorId() != null) {
            Optional<NetworkPlan.ConnectorPlan> connector = plan.connector(flow.connectorId());
            String element = connector.map(c -> c.siteId() + "/" + c.kind() + "/" + c.name())
                    .orElse(flow.connectorId());
            String target = workloads.of(flow.connectorId()).stream()
                    .filter(w -> w.identity().label().equals(flow.servedBy()))
                    .map(w -> w.host() + ":" + w.port()).findFirst().orElse("its target");
            steps.add(TraceStep.Kind.CONNECTOR_CONNECT, element, null, "router " + flow.servingSite()
                    + " connects connector " + flow.connectorId() + " (" + flow.servedBy() + ") to " + target);
            if (visit != null) {
                String type = connector.map(c -> c.workload().type().id()).orElse("workload");
                steps.add(TraceStep.Kind.WORKLOAD, element, steps.since(visit.accepted()), type + " "
                        + visit.who().label() + " reads " + visit.in() + " bytes and answers " + visit.out()
                        + " bytes in " + millis(Duration.between(visit.accepted(), visit.closed())));
            }
        }
        steps.add(TraceStep.Kind.RESPONSE, listenerElement, result.latency(), "client receives "
                + result.wireBytesReceived() + " bytes after " + millis(result.latency()) + " ("
                + result.outcome().name().toLowerCase() + ")");
        steps.add(flow.outcome() == org.skupperdesigner.router.observe.FlowOutcome.COMPLETED ? TraceStep.Kind.CLOSED
                        : TraceStep.Kind.FAILURE, "site/" + listener.siteId(),
                flow.closed() == null ? null : steps.since(flow.closed()), "connection "
                        + flow.outcome().name().toLowerCase() + ": " + flow.bytesOut() + " bytes out, "
                        + flow.bytesBack() + " bytes back, via " + String.join(" -> ", path));
        return steps.list;
    }

    /** The ingress router's choice among the routing key's destinations (reference E.2). */
    private String decision(ListenerPlan listener, List<String> path) {
        String ingress = path.get(0);
        Map<String, Integer> costs = routeCosts.apply(ingress);
        List<String> candidates = new ArrayList<>();
        plan.connectors().stream().filter(c -> c.routingKey().equals(listener.routingKey())).forEach(c -> {
            if (c.siteId().equals(ingress)) {
                candidates.add("local " + c.connectorId());
            } else if (costs.containsKey(c.siteId())) {
                candidates.add(c.connectorId() + " at path cost " + costs.get(c.siteId()));
            } else {
                candidates.add(c.connectorId() + " (unreachable or behind an edge uplink)");
            }
        });
        String chosen = path.size() == 1 ? "its local connector" : path.get(path.size() - 1);
        return "router " + ingress + " balances '" + listener.routingKey() + "' over " + String.join(", ",
                candidates) + ": an idle local connector wins, else the lowest in-flight + cost; chose " + chosen;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String millis(Duration d) {
        return String.format("%.2f ms", d.toNanos() / 1e6);
    }

    /** Builds numbered steps with times relative to the client's start. */
    private final class Steps {
        private final Instant clientStart;
        private final List<TraceStep> list = new ArrayList<>();

        Steps(Instant clientStart) {
            this.clientStart = clientStart;
        }

        void add(TraceStep.Kind kind, String element, Duration at, String text) {
            list.add(new TraceStep(list.size(), kind, element, at, text));
        }

        Duration since(Duration sinceSimulationStart) {
            return since(simulationStart.plus(sinceSimulationStart));
        }

        Duration since(Instant at) {
            Duration d = Duration.between(clientStart, at);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }
}
