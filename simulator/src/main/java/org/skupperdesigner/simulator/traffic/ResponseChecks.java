package org.skupperdesigner.simulator.traffic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skupperdesigner.simulator.controller.NetworkPlan;
import org.skupperdesigner.simulator.controller.NetworkPlan.ListenerPlan;
import org.skupperdesigner.simulator.workload.WorkloadSpec;
import org.skupperdesigner.simulator.workload.WorkloadType;

/** Works out what a listener's answers can be checked against, from the workloads behind its routing key. */
public final class ResponseChecks {
    private ResponseChecks() {
    }

    public static ResponseCheck forListener(NetworkPlan plan, String listenerId, Protocol protocol) {
        Optional<ListenerPlan> listener = plan.listener(listenerId);
        if (listener.isEmpty()) {
            return ResponseCheck.NONE;
        }
        List<WorkloadSpec> specs = workloadsBehind(plan, listener.get().routingKey());
        Set<WorkloadType> types = specs.stream().map(WorkloadSpec::type).collect(Collectors.toSet());
        if (types.size() != 1) {
            return ResponseCheck.NONE;
        }
        WorkloadType type = types.iterator().next();
        if (protocol == Protocol.HTTP) {
            return type == WorkloadType.HTTP_HELLO ? ResponseCheck.HTTP_HELLO : ResponseCheck.NONE;
        }
        return switch (type) {
            case ECHO -> ResponseCheck.ECHO;
            case SINK -> ResponseCheck.EMPTY;
            case SOURCE -> specs.stream().map(WorkloadSpec::responseSize).distinct().count() == 1
                    ? ResponseCheck.source(specs.get(0).responseSize()) : ResponseCheck.NONE;
            default -> ResponseCheck.NONE;
        };
    }

    /** The protocol that suits a listener: HTTP when every workload behind its key is http-hello. */
    public static Protocol naturalProtocol(NetworkPlan plan, String routingKey) {
        List<WorkloadSpec> specs = workloadsBehind(plan, routingKey);
        return !specs.isEmpty() && specs.stream().allMatch(s -> s.type() == WorkloadType.HTTP_HELLO) ? Protocol.HTTP
                : Protocol.TCP;
    }

    private static List<WorkloadSpec> workloadsBehind(NetworkPlan plan, String routingKey) {
        return plan.connectors().stream().filter(c -> c.routingKey().equals(routingKey))
                .map(NetworkPlan.ConnectorPlan::workload).toList();
    }
}
