package org.skupperdesigner.simulator.workload;

/**
 * Who a workload server is: the connector it stands behind and which replica (pod) it is.
 *
 * @param siteId      the site of the connector
 * @param connector   the connector's name
 * @param replica     0-based replica index
 * @param replicas    number of replicas behind the connector
 */
public record WorkloadIdentity(String siteId, String connector, int replica, int replicas) {
    /** {@code site/connector}, the connector's id in settings, metrics and events. */
    public String connectorId() {
        return siteId + "/" + connector;
    }

    /** The name of the router's tcpConnector for this replica: the connector name, or {@code name@pod-N}. */
    public String routerConnectorName() {
        return replicas == 1 ? connector : connector + "@" + connector + "-" + replica;
    }

    /** What a hello workload says it is: {@code site/connector} or {@code site/connector-N}. */
    public String label() {
        return replicas == 1 ? connectorId() : connectorId() + "-" + replica;
    }
}
