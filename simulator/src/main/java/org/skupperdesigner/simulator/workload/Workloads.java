package org.skupperdesigner.simulator.workload;

import io.netty.channel.EventLoopGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every workload of a simulation, by connector id and replica. Built-in ones run on one shared event loop
 * group; a probe can watch finished connections (traces).
 */
public final class Workloads implements AutoCloseable {
    private final EventLoopGroup group;
    private final Map<String, List<Workload>> byConnector = new LinkedHashMap<>();
    private final List<WorkloadProbe> probes = new CopyOnWriteArrayList<>();
    private final WorkloadProbe fanOut = (who, accepted, closed, in, out, failed) ->
            probes.forEach(p -> p.served(who, accepted, closed, in, out, failed));
    private long seed = 17;

    public Workloads(EventLoopGroup group) {
        this.group = group;
    }

    /** Starts the replicas of one connector's workload and returns them. */
    public synchronized List<Workload> start(String siteId, String connector, WorkloadSpec spec) {
        String id = siteId + "/" + connector;
        if (byConnector.containsKey(id)) {
            throw new IllegalStateException("workload " + id + " already runs");
        }
        List<Workload> replicas = new ArrayList<>();
        try {
            for (int i = 0; i < spec.replicas(); i++) {
                WorkloadIdentity identity = new WorkloadIdentity(siteId, connector, i, spec.replicas());
                Workload w = spec.isBuiltIn()
                        ? new BuiltInWorkload(identity, spec, group, () -> probes.isEmpty() ? null : fanOut, seed++)
                        : new ExternalWorkload(identity, spec);
                replicas.add(w);
                w.start();
            }
        } catch (RuntimeException e) {
            replicas.forEach(Workload::close);
            throw e;
        }
        byConnector.put(id, List.copyOf(replicas));
        return replicas;
    }

    /** Stops and forgets one connector's workload. */
    public synchronized void remove(String connectorId) {
        List<Workload> replicas = byConnector.remove(connectorId);
        if (replicas != null) {
            replicas.forEach(Workload::close);
        }
    }

    public synchronized List<Workload> of(String connectorId) {
        return byConnector.getOrDefault(connectorId, List.of());
    }

    public synchronized Map<String, List<Workload>> all() {
        return new LinkedHashMap<>(byConnector);
    }

    /** Adds a probe told about every finished connection of a built-in workload; close the handle to remove it. */
    public AutoCloseable addProbe(WorkloadProbe probe) {
        probes.add(probe);
        return () -> probes.remove(probe);
    }

    @Override
    public synchronized void close() {
        byConnector.values().forEach(list -> list.forEach(Workload::close));
        byConnector.clear();
    }
}
