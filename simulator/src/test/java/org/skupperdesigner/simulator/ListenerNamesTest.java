package org.skupperdesigner.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.simulator.testing.TestNetworks;

class ListenerNamesTest {

    private static final MultiKeyListener CHECKOUT = new MultiKeyListener(ObjectMeta.named("checkout"),
            new MultiKeyListenerSpec("checkout", 9443, null, null, null,
                    MultiKeyStrategy.priority(List.of("payments", "payments-dr")), Map.of(), Map.of()));
    private static final Listener LISTENER_CHECKOUT = new Listener(ObjectMeta.named("checkout"),
            ListenerSpec.of("payments", "checkout-direct", 8443));

    @Test
    void listenersKeepTheirNamesAndAMultiKeyListenerAloneKeepsItsToo() {
        NetworkSite office = office().withResource(CHECKOUT);
        assertThat(ListenerNames.of(office, CHECKOUT)).isEqualTo("checkout");
        assertThat(ListenerNames.id(office, CHECKOUT)).isEqualTo("office/checkout");
    }

    @Test
    void aMultiKeyListenerNamedLikeAListenerOfItsSiteTakesSkuppersMultiAddressName() {
        NetworkSite office = office().withResource(LISTENER_CHECKOUT).withResource(CHECKOUT);
        assertThat(ListenerNames.id(office, LISTENER_CHECKOUT)).isEqualTo("office/checkout");
        assertThat(ListenerNames.id(office, CHECKOUT)).isEqualTo("office/multiAddress/checkout");
        assertThat(ListenerNames.isRenamedMultiKey("multiAddress/checkout")).isTrue();
        assertThat(ListenerNames.isRenamedMultiKey("checkout")).isFalse();
        assertThat(ListenerNames.resourceName("multiAddress/checkout")).isEqualTo("checkout");
        assertThat(ListenerNames.resourceName("checkout")).isEqualTo("checkout");
        assertThat(ListenerNames.isMultiKey(office, "multiAddress/checkout")).isTrue();
        assertThat(ListenerNames.isMultiKey(office, "checkout")).as("the Listener keeps the name").isFalse();
        assertThat(ListenerNames.isMultiKey(office().withResource(CHECKOUT), "checkout")).isTrue();
    }

    private static NetworkSite office() {
        return TestNetworks.example("three-cloud-failover.skupper-design.yaml").site("office").orElseThrow();
    }
}
