package org.skupperdesigner.app.ui.simulate.step;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.simulator.trace.TraceStep.Kind;

class TraceReaderTest {

    private final Network hello = Traces.helloWorld();

    @Test
    void theRouteRunsFromTheListenersSiteToTheConnectorsWithTheDesignCosts() {
        TracedConnection c = TraceReader.read(Traces.served(), hello.withLink(hello.link("east-to-west").orElseThrow()
                .withCost(4)));
        assertThat(c.problem()).isNull();
        assertThat(c.route().sites()).containsExactly("west", "east");
        // travelled west to east although east dials the link
        assertThat(c.route().legs()).containsExactly(new LinkLeg("east-to-west", "west", "east", 4));
        assertThat(c.route().totalCost()).isEqualTo(4);
        assertThat(c.route().elementIds()).containsExactlyInAnyOrder("site/west", "site/east", "link/east-to-west",
                "west/Listener/backend", "east/Connector/backend");
        assertThat(c.summary()).isEqualTo("west/backend → east/backend · path west → east · total cost 4 · ok");
    }

    @Test
    void eachHopSaysWhereItHappenedAndWhatToEmphasise() {
        TracedConnection c = TraceReader.read(Traces.served(), hello);
        TraceHop connect = c.hops().get(0);
        assertThat(connect.title()).isEqualTo("Client connects to listener backend");
        assertThat(connect.siteId()).isEqualTo("west");
        assertThat(connect.elapsed()).isEqualTo("+0.00 ms");

        TraceHop accept = c.hops().get(1);
        assertThat(accept.title()).isEqualTo("Accepted on listener backend");
        assertThat(accept.where()).isEqualTo("router west");
        assertThat(accept.elapsed()).isEqualTo("+38.70 ms");

        TraceHop link = c.hops().get(3);
        assertThat(link.kind()).isEqualTo(Kind.LINK_HOP);
        assertThat(link.title()).isEqualTo("Routed over link east-to-west (cost 1)");
        assertThat(link.where()).isEqualTo("west → east");
        assertThat(link.leg()).isEqualTo(new LinkLeg("east-to-west", "west", "east", 1));
        assertThat(link.siteId()).isNull();
        assertThat(link.focus()).contains("link/east-to-west", "site/west", "site/east");
        assertThat(link.elapsed()).startsWith("—");

        TraceHop deliver = c.hops().get(4);
        assertThat(deliver.title()).isEqualTo("Delivered to connector backend at east");
        assertThat(deliver.siteId()).isEqualTo("east");
        assertThat(deliver.focus()).contains("east/Connector/backend", "site/east");

        TraceHop response = c.hops().get(6);
        assertThat(response.returning()).isTrue();
        assertThat(response.where()).isEqualTo("east → west → client");
        assertThat(response.focus()).containsAll(c.route().elementIds());
    }

    @Test
    void anUnmatchedListenerGetsAMessageNamingItsKeyAndWhatToDo() {
        Network withOrphan = hello.updateSite("west", s -> s.withResource(new Listener(ObjectMeta.named("orphan"),
                ListenerSpec.of("nobody", "orphan", 9090))));
        TracedConnection c = TraceReader.read(Traces.refused("west/orphan", "west/Listener/orphan"), withOrphan);
        assertThat(c.route()).isNull();
        assertThat(c.problem()).startsWith("Listener west/orphan is unmatched: no connector for routing key 'nobody' "
                + "is reachable from west").contains("Add a connector with routing key 'nobody'");
        assertThat(c.hops()).extracting(TraceHop::kind).containsExactly(Kind.CLIENT_CONNECT, Kind.FAILURE);
        assertThat(c.hops().get(1).title()).isEqualTo("Failed: connection refused");
        assertThat(c.hops().get(1).where()).isEqualTo("router west");
        assertThat(c.summary()).isEqualTo("west/orphan · not routed · refused");
    }

    @Test
    void anUnmatchedMultiKeyListenerNamesEveryKeyAndIsTheElementEmphasised() {
        Network withFailover = hello.updateSite("west", s -> s.withResource(new MultiKeyListener(
                ObjectMeta.named("checkout"), new MultiKeyListenerSpec("checkout", 9443, null, null, null,
                MultiKeyStrategy.priority(java.util.List.of("pay", "pay-dr")), java.util.Map.of(),
                java.util.Map.of()))));
        TracedConnection c = TraceReader.read(Traces.refused("west/checkout", "west/MultiKeyListener/checkout"),
                withFailover);
        assertThat(c.problem()).startsWith("Listener west/checkout is unmatched: no connector for routing key 'pay' or "
                + "'pay-dr' is reachable from west");
        assertThat(c.hops().get(0).focus()).contains("west/MultiKeyListener/checkout");
    }

    @Test
    void aMultiKeyListenerNamedLikeAListenerIsReadUnderSkuppersMultiAddressName() {
        Network clash = hello.updateSite("west", s -> s.withResource(new Listener(ObjectMeta.named("checkout"),
                ListenerSpec.of("nobody", "checkout-direct", 8443))).withResource(new MultiKeyListener(
                ObjectMeta.named("checkout"), new MultiKeyListenerSpec("checkout", 9443, null, null, null,
                MultiKeyStrategy.priority(java.util.List.of("pay", "pay-dr")), java.util.Map.of(),
                java.util.Map.of()))));
        TracedConnection multiKey = TraceReader.read(Traces.refused("west/multiAddress/checkout",
                "west/MultiKeyListener/checkout"), clash);
        assertThat(multiKey.problem()).contains("routing key 'pay' or 'pay-dr'");
        assertThat(multiKey.hops().get(0).focus()).contains("west/MultiKeyListener/checkout");

        TracedConnection listener = TraceReader.read(Traces.refused("west/checkout", "west/Listener/checkout"), clash);
        assertThat(listener.problem()).contains("routing key 'nobody'");
        assertThat(listener.hops().get(0).focus()).contains("west/Listener/checkout");
    }
}
