package org.skupperdesigner.simulator.workload;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.skupperdesigner.simulator.settings.SettingsReader;

/**
 * Simulation-only settings of the workload behind one connector.
 *
 * @param type         what answers
 * @param targetHost   external workloads: host to connect to
 * @param targetPort   external workloads: port to connect to
 * @param delay        built-in workloads: wait before answering (echo: before echoing each read)
 * @param failureRate  built-in workloads: fraction of connections that fail (HTTP 500, or a reset for TCP types)
 * @param replicas     number of servers (pods) behind the connector, each its own balancing target
 * @param responseSize source: bytes written per connection; http-hello: body size when the request names none
 */
public record WorkloadSpec(WorkloadType type, String targetHost, int targetPort, Duration delay, double failureRate,
                           int replicas, long responseSize) {

    public static final WorkloadSpec DEFAULT = new WorkloadSpec(WorkloadType.ECHO, null, 0, Duration.ZERO, 0, 1, 1024);

    static final Set<String> KEYS = Set.of("type", "target", "delay", "failureRate", "replicas", "responseSize");

    public WorkloadSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(delay, "delay");
        if (type == WorkloadType.EXTERNAL && (targetHost == null || targetPort <= 0)) {
            throw new IllegalArgumentException("an external workload needs target host:port");
        }
    }

    public boolean isBuiltIn() {
        return type != WorkloadType.EXTERNAL;
    }

    public WorkloadSpec withType(WorkloadType value) {
        return new WorkloadSpec(value, targetHost, targetPort, delay, failureRate, replicas, responseSize);
    }

    public WorkloadSpec withDelay(Duration value) {
        return new WorkloadSpec(type, targetHost, targetPort, value, failureRate, replicas, responseSize);
    }

    public WorkloadSpec withFailureRate(double value) {
        return new WorkloadSpec(type, targetHost, targetPort, delay, value, replicas, responseSize);
    }

    public WorkloadSpec withReplicas(int value) {
        return new WorkloadSpec(type, targetHost, targetPort, delay, failureRate, value, responseSize);
    }

    /** Reads one workload map; fields left out keep {@code base}'s values. */
    public static WorkloadSpec read(SettingsReader r, WorkloadSpec base) {
        String target = r.string("target", null);
        WorkloadType type = r.choice("type", target != null ? WorkloadType.EXTERNAL : base.type(),
                WorkloadType::ofId, WorkloadType.ids());
        String host = base.targetHost();
        int port = base.targetPort();
        if (target != null) {
            int colon = target.lastIndexOf(':');
            try {
                host = target.substring(0, colon).trim();
                port = Integer.parseInt(target.substring(colon + 1).trim());
                if (host.isEmpty() || port < 1 || port > 65535) {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                r.error("target", r.child("target") + ": '" + target + "' is not host:port",
                        "write e.g. 127.0.0.1:8080");
                host = null;
                port = 0;
            }
        }
        if (type == WorkloadType.EXTERNAL && (host == null || port <= 0)) {
            if (target == null) {
                r.error("type", r.path() + ": an external workload needs 'target: host:port'",
                        "or pick a built-in type: echo, http-hello, sink, source");
            }
            type = WorkloadType.ECHO;
        }
        Duration delay = r.duration("delay", base.delay());
        double failureRate = r.fraction("failureRate", base.failureRate());
        int replicas = r.integer("replicas", base.replicas(), 1, 64);
        long responseSize = r.bytes("responseSize", base.responseSize());
        r.warnUnknown(KEYS);
        return new WorkloadSpec(type, host, port, delay, failureRate, replicas, responseSize);
    }
}
