package org.skupperdesigner.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;

class NetworkResourceLookupTest {

    @Test
    void aResourceElementIdFindsItsResourceAndAnythingElseFindsNothing() {
        Listener backend = new Listener(ObjectMeta.named("backend"), ListenerSpec.of("backend", "backend", 8080));
        Network network = Network.empty("n").withSite(new NetworkSite("west", "west", Platform.KUBERNETES,
                SiteTarget.UNSET, new Position(0, 0), "", null, List.of(backend)));

        assertThat(network.resource("west/Listener/backend")).containsSame(backend);
        assertThat(network.resource("west/Connector/backend")).isEmpty();
        assertThat(network.resource("east/Listener/backend")).isEmpty();
        assertThat(network.resource("west/Nonsense/backend")).isEmpty();
        assertThat(network.resource("site/west")).isEmpty();
        assertThat(network.resource("link/x")).isEmpty();
    }
}
