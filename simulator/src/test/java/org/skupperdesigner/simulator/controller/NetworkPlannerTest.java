package org.skupperdesigner.simulator.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.AttachedConnectorBindingSpec;
import org.skupperdesigner.model.resource.AttachedConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterConfig;
import org.skupperdesigner.router.config.RouterMode;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;
import org.skupperdesigner.simulator.settings.SimulationSettings;
import org.skupperdesigner.simulator.testing.TestNetworks;
import org.skupperdesigner.simulator.workload.Workload;
import org.skupperdesigner.simulator.workload.WorkloadSpec;

/** The controller role: one valid fixture (hub-and-spoke) and mutations of it, as Skupper's own tests do. */
class NetworkPlannerTest {
    private static final Network FIXTURE = TestNetworks.example("hub-and-spoke.skupper-design.yaml");

    private static NetworkPlan plan(Network network) {
        return NetworkPlanner.plan(network, SimulationSettings.DEFAULTS);
    }

    @Test
    void rendersModeAcceptorsLinksListenersAndConnectorsLikeSkuppersController() {
        NetworkPlan plan = plan(FIXTURE);

        assertThat(plan.diagnostics()).isEmpty();
        assertThat(plan.site("hub").orElseThrow()).satisfies(hub -> {
            assertThat(hub.mode()).isEqualTo(RouterMode.INTERIOR);
            assertThat(hub.acceptors()).extracting(NetworkPlan.AcceptorPlan::name, NetworkPlan.AcceptorPlan::role,
                    NetworkPlan.AcceptorPlan::designPort).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("skupper-router-inter-router", LinkRole.INTER_ROUTER, 55671),
                    org.assertj.core.groups.Tuple.tuple("skupper-router-edge", LinkRole.EDGE, 45671));
        });
        assertThat(plan.site("store").orElseThrow().mode()).isEqualTo(RouterMode.EDGE);
        assertThat(plan.site("store").orElseThrow().acceptors()).isEmpty();
        assertThat(plan.links()).containsExactly(
                new LinkPlan("spoke-to-hub", "spoke", "hub", LinkRole.INTER_ROUTER, 1, "skupper-router-inter-router"),
                new LinkPlan("store-to-hub", "store", "hub", LinkRole.EDGE, 1, "skupper-router-edge"));
        assertThat(plan.listeners()).extracting(NetworkPlan.ListenerPlan::listenerId)
                .containsExactly("hub/inventory", "spoke/database", "store/database");
        assertThat(plan.connectors()).extracting(NetworkPlan.ConnectorPlan::connectorId, c -> c.routingKey())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hub/database", "database"),
                        org.assertj.core.groups.Tuple.tuple("store/inventory", "inventory"));
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("a link into an edge site never comes up",
                        (UnaryOperator<Network>) n -> n.withLink(NetworkLink.between("hub", "store")),
                        "link hub-to-store will not come up: site store does not accept inter-router links"),
                Arguments.of("a link into a site without link access never comes up",
                        (UnaryOperator<Network>) n -> n.withLink(NetworkLink.between("hub", "spoke")),
                        "link hub-to-spoke will not come up: site spoke does not accept inter-router links"),
                Arguments.of("link access on an edge site is ignored",
                        (UnaryOperator<Network>) n -> n.updateSite("store", s -> s.withResource(new RouterAccess(
                                ObjectMeta.named("ra"), new RouterAccessSpec(List.of(new RouterAccessRole("edge", 9)),
                                null, null, null, null, null, null, Map.of(), Map.of())))),
                        "site store is an edge site: its link access is ignored (edge routers cannot accept links)"),
                Arguments.of("settings naming nothing are reported",
                        (UnaryOperator<Network>) n -> n, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutationsOfTheFixtureAreReported(String name, UnaryOperator<Network> mutation, String expected) {
        NetworkPlan plan = plan(mutation.apply(FIXTURE));
        if (expected == null) {
            assertThat(NetworkPlanner.plan(FIXTURE, SimulationSettings.DEFAULTS.withWorkload("hub/nope",
                    WorkloadSpec.DEFAULT)).diagnostics()).extracting(Diagnostic::message).singleElement().asString()
                    .startsWith("simulation.workloads.hub/nope names no connector of the design");
            return;
        }
        assertThat(plan.diagnostics()).extracting(Diagnostic::message).containsExactly(expected);
    }

    @Test
    void aRouterAccessNamedByTheLinkIsTheOneDialled() {
        RouterAccess extra = new RouterAccess(ObjectMeta.named("extra"), new RouterAccessSpec(List.of(
                new RouterAccessRole("inter-router", 12345)), null, null, null, null, null, null, Map.of(), Map.of()));
        Network network = FIXTURE.updateSite("hub", s -> s.withResource(extra))
                .withLink(new NetworkLink("spoke-to-hub", "spoke", "hub", 4, "extra", null));

        assertThat(plan(network).link("spoke-to-hub").orElseThrow())
                .extracting(LinkPlan::acceptorName, LinkPlan::cost).containsExactly("extra-inter-router", 4);
    }

    @Test
    void boundAttachedConnectorsAreConnectors() {
        Network network = FIXTURE.updateSite("hub", s -> s
                .withResource(new AttachedConnector(new ObjectMeta("db2", "workloads", Map.of(), Map.of(), Map.of()),
                        new AttachedConnectorSpec("retail-hub", 5432, "app=db2", null, null, null, null, Map.of(),
                                Map.of())))
                .withResource(new AttachedConnectorBinding(ObjectMeta.named("db2"), new AttachedConnectorBindingSpec(
                        "workloads", "database", null, Map.of(), Map.of()))));

        assertThat(plan(network).connector("hub/db2").orElseThrow())
                .extracting(c -> c.kind(), c -> c.routingKey()).containsExactly("AttachedConnector", "database");
    }

    @Test
    void theRendererWritesOneTcpConnectorPerReplicaAndDialsTheShaper() {
        NetworkPlan plan = NetworkPlanner.plan(FIXTURE, SimulationSettings.DEFAULTS.withWorkload("hub/database",
                WorkloadSpec.DEFAULT.withReplicas(2)));
        NetworkPlan.SitePlan hub = plan.site("hub").orElseThrow();
        Workload a = new FakeWorkload("hub", "database", 0, 2, 7001);
        Workload b = new FakeWorkload("hub", "database", 1, 2, 7002);

        RouterConfig config = RouterConfigRenderer.render(hub, plan.linksFrom("hub"), new RouterConfigRenderer.Endpoints() {
            public int linkPort(String linkId) {
                return 40000;
            }

            public int listenerPort(String listenerId) {
                return 0;
            }

            public List<Workload> workloads(String connectorId) {
                return List.of(a, b);
            }
        }, null);

        assertThat(config.routerId()).isEqualTo("hub");
        assertThat(config.connectors()).extracting(c -> c.name() + "@" + c.port())
                .containsExactly("database@database-0@7001", "database@database-1@7002");
        assertThat(config.listeners()).singleElement().satisfies(l -> {
            assertThat(l.routingKey()).isEqualTo("inventory");
            assertThat(l.host()).isEqualTo("127.0.0.1");
        });
        assertThat(RouterConfigRenderer.render(plan.site("spoke").orElseThrow(), plan.linksFrom("spoke"),
                new RouterConfigRenderer.Endpoints() {
                    public int linkPort(String linkId) {
                        return 40000;
                    }

                    public int listenerPort(String listenerId) {
                        return 31000;
                    }

                    public List<Workload> workloads(String connectorId) {
                        return List.of();
                    }
                }, null).outgoingLinks()).singleElement()
                .satisfies(l -> assertThat(l.port()).isEqualTo(40000));
    }

    private record FakeWorkload(org.skupperdesigner.simulator.workload.WorkloadIdentity identity, int port)
            implements Workload {
        FakeWorkload(String site, String name, int replica, int replicas, int port) {
            this(new org.skupperdesigner.simulator.workload.WorkloadIdentity(site, name, replica, replicas), port);
        }

        public WorkloadSpec spec() {
            return WorkloadSpec.DEFAULT;
        }

        public String host() {
            return "127.0.0.1";
        }

        public boolean isRunning() {
            return true;
        }

        public void stop() {
        }

        public void start() {
        }

        public org.skupperdesigner.simulator.workload.WorkloadStats stats() {
            return null;
        }

        public void close() {
        }
    }

    @Test
    void aMultiKeyListenerNamedLikeAListenerIsSimulatedAsSkupperNamesIt() {
        Network clash = TestNetworks.example("multi-key-failover.skupper-design.yaml").updateSite("office",
                s -> s.withResource(new Listener(ObjectMeta.named("checkout"),
                        ListenerSpec.of("payments-dr", "checkout-direct", 8443))));

        NetworkPlan plan = plan(clash);

        assertThat(plan.diagnostics()).as("nothing left out").isEmpty();
        assertThat(plan.listeners()).filteredOn(l -> l.siteId().equals("office"))
                .extracting(NetworkPlan.ListenerPlan::listenerId, NetworkPlan.ListenerPlan::name,
                        l -> l.strategy().keys())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("office/checkout", "checkout", List.of("payments-dr")),
                        org.assertj.core.groups.Tuple.tuple("office/multiAddress/checkout", "multiAddress/checkout",
                                List.of("payments", "payments-dr")));
    }
}
