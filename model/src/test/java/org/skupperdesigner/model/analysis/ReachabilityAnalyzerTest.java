package org.skupperdesigner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.model.validation.Resources.edge;
import static org.skupperdesigner.model.validation.Resources.hostConnector;
import static org.skupperdesigner.model.validation.Resources.interior;
import static org.skupperdesigner.model.validation.Resources.listener;
import static org.skupperdesigner.model.validation.Resources.networkLink;
import static org.skupperdesigner.model.validation.Resources.networkSite;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.validation.Mutations;
import org.skupperdesigner.model.validation.ValidFixtures;

class ReachabilityAnalyzerTest {

    private final ReachabilityReport report = new ReachabilityAnalyzer().analyze(ValidFixtures.network());

    private ListenerReachability of(String listener, String key) {
        return report.listeners().stream().filter(l -> l.listener().equals(listener) && l.routingKey().equals(key))
                .findFirst().orElseThrow();
    }

    @Test
    void aRemoteListenerPicksTheLowestCostConnectorAndShowsEveryPath() {
        ListenerReachability hub = of("hub/Listener/backend", "backend");

        assertThat(hub.routes()).extracting(ConnectorRoute::connector)
                .containsExactly("lab/Connector/backend", "east/Connector/backend");
        assertThat(hub.routes().get(0).sites()).containsExactly("hub", "lab");
        assertThat(hub.routes().get(0).links()).containsExactly("lab-to-hub");
        assertThat(hub.routes().get(0).cost()).isEqualTo(1);
        assertThat(hub.routes().get(1).cost()).isEqualTo(2);
        assertThat(hub.firstPick()).isEqualTo("lab/Connector/backend");
        assertThat(hub.reason()).contains("lowest path cost (1)");
    }

    @Test
    void anEdgeListenerGoesUpItsUplinkAndPrefersTheConnectorThere() {
        ListenerReachability branch = of("branch/Listener/backend", "backend");

        assertThat(branch.firstPick()).isEqualTo("east/Connector/backend");
        assertThat(branch.routes().get(0).sites()).containsExactly("branch", "east");
        assertThat(branch.routes().get(0).links()).containsExactly("branch-to-east");
        assertThat(branch.routes().get(1).sites()).containsExactly("branch", "east", "hub", "lab");
        assertThat(branch.routes().get(1).cost()).isEqualTo(3);
        assertThat(branch.reason()).contains("edge site");
    }

    @Test
    void aPriorityMultiKeyListenerServesItsFirstOpenKeyAndAWeightedOneEveryOpenKey() {
        String orders = "east/MultiKeyListener/orders";
        assertThat(report.of(orders)).extracting(ListenerReachability::routingKey).containsExactly("backend", "db");
        assertThat(report.serving(orders)).extracting(ListenerReachability::routingKey).containsExactly("backend");

        Network noBackend = Mutations.all(Mutations.remove("east", ResourceKind.CONNECTOR, "backend"),
                Mutations.remove("lab", ResourceKind.CONNECTOR, "backend")).apply(ValidFixtures.network());
        assertThat(new ReachabilityAnalyzer().analyze(noBackend).serving(orders))
                .extracting(ListenerReachability::routingKey).as("fails over").containsExactly("db");

        Network weighted = Mutations.edit("east", MultiKeyListener.class, "orders", m -> m.withSpec(m.spec()
                .withStrategy(MultiKeyStrategy.weighted(Map.of("backend", 2L, "db", 1L))))).apply(
                ValidFixtures.network());
        assertThat(new ReachabilityAnalyzer().analyze(weighted).serving(orders))
                .extracting(ListenerReachability::routingKey).containsExactlyInAnyOrder("backend", "db");
        assertThat(report.serving("east/Listener/nothing")).isEmpty();
    }

    @Test
    void aLocalIdleConnectorWinsWhateverTheCosts() {
        ListenerReachability orders = of("east/MultiKeyListener/orders", "backend");

        assertThat(orders.firstPick()).isEqualTo("east/Connector/backend");
        assertThat(orders.routes().get(0).local()).isTrue();
        assertThat(orders.strategy()).isEqualTo("priority");
        assertThat(of("east/MultiKeyListener/orders", "db").rank()).isEqualTo(1);
    }

    @Test
    void attachedConnectorsServeTheirBindingsKey() {
        assertThat(of("east/Listener/payments", "payments").firstPick())
                .isEqualTo("hub/AttachedConnectorBinding/payments");
    }

    @Test
    void aListenerBehindAnUnusableLinkIsClosed() {
        Network noAccess = Mutations.siteSpec("hub", s -> s.withLinkAccess("none")).apply(ValidFixtures.network());

        ReachabilityReport r = new ReachabilityAnalyzer().analyze(noAccess);

        ListenerReachability lab = r.listeners().stream().filter(l -> l.listener().equals("lab/Listener/db"))
                .findFirst().orElseThrow();
        assertThat(lab.open()).isFalse();
        assertThat(lab.firstPick()).isNull();
        assertThat(lab.reason()).contains("no working path");
        assertThat(r.closed()).isNotEmpty();
    }

    @Test
    void equalCostsAreReportedAsATieBrokenInDesignOrder() {
        Network tie = new Network("tie", "", LinkMode.TOKENS, List.of(
                networkSite("a", Platform.KUBERNETES, interior("default"), hostConnector("api", "api", "x", 80)),
                networkSite("b", Platform.KUBERNETES, interior("default"), hostConnector("api", "api", "y", 80)),
                networkSite("c", Platform.KUBERNETES, interior("default"), listener("api", "api", "api", 80)),
                networkSite("e", Platform.PODMAN, edge(), listener("api", "api", "0.0.0.0", 80))),
                List.of(networkLink("c-a", "c", "a", 3, null), networkLink("c-b", "c", "b", 3, null),
                        networkLink("e-c", "e", "c", 7, null)), Map.of());

        ReachabilityReport r = new ReachabilityAnalyzer().analyze(tie);

        ListenerReachability c = r.listeners().get(0);
        assertThat(c.firstPick()).isEqualTo("a/Connector/api");
        assertThat(c.reason()).contains("tied with b/Connector/api");
        ListenerReachability e = r.listeners().get(1);
        assertThat(e.routes()).allSatisfy(route -> assertThat(route.cost()).isEqualTo(3));
        assertThat(e.routes().get(0).sites()).containsExactly("e", "c", "a");
    }

    @Test
    void rendersAsTextAndJson() {
        assertThat(report.toText(true)).contains("hub/Listener/backend [backend]").contains("hub -> lab (cost 1)");
        assertThat(AnalysisJson.toJson(report)).contains("\"firstPick\" : \"lab/Connector/backend\"");
    }
}
