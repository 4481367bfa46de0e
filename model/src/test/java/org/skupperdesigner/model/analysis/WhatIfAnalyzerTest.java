package org.skupperdesigner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.Mutations;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.ValidFixtures;

class WhatIfAnalyzerTest {

    private final Network network = ValidFixtures.network();
    private final WhatIfAnalyzer whatIf = new WhatIfAnalyzer(network);

    @Test
    void removingTheHubCutsEveryListenerThatOnlyItServes() {
        WhatIfResult r = whatIf.removeSite("hub");

        assertThat(r.listenersLosingAll())
                .containsExactly("east/Listener/db", "east/Listener/payments", "lab/Listener/db");
        assertThat(r.listenersRemoved()).containsExactly("hub/Listener/backend");
    }

    @Test
    void removingABridgeCutsTheFarSide() {
        assertThat(whatIf.removeLink("east-to-hub").listenersLosingAll())
                .containsExactly("east/Listener/db", "east/Listener/payments");
    }

    @Test
    void removingAnEdgeSitesOnlyUplinkIsolatesIt() {
        assertThat(whatIf.removeLink("branch-to-east").listenersLosingAll())
                .containsExactly("branch/Listener/backend");
    }

    @Test
    void anEdgeSiteFailsOverToItsNextUplink() {
        Network twoUplinks = Mutations.addLink(Resources.networkLink("branch-to-hub", "branch", "hub", 1, null))
                .apply(network);

        WhatIfAnalyzer w = new WhatIfAnalyzer(twoUplinks);

        assertThat(w.removeLink("branch-to-east").listenersLosingAll()).isEmpty();
        assertThat(w.removeSite("east").listenersLosingAll()).isEmpty();
    }

    @Test
    void aRedundantLinkIsHarmless() {
        Network ring = Mutations.addLink(new NetworkLink("lab-to-east", "lab", "east", 5, null, null)).apply(
                Mutations.siteSpec("east", s -> s.withLinkAccess("default")).apply(network));

        assertThat(new WhatIfAnalyzer(ring).removeLink("east-to-hub").harmless()).isTrue();
    }

    @Test
    void removingTheOnlyConnectorOfAKey() {
        assertThat(whatIf.removeConnector("hub/Connector/db").listenersLosingAll())
                .containsExactly("east/Listener/db", "lab/Listener/db");
    }

    @Test
    void aMultiKeyListenerLosesOnlyWhenEveryKeyDoes() {
        assertThat(whatIf.removeConnector("hub/Connector/db").listenersLosingAll())
                .doesNotContain("east/MultiKeyListener/orders");
    }

    @Test
    void everySiteAndEveryLink() {
        assertThat(whatIf.everySite()).hasSize(4);
        assertThat(whatIf.everyLink()).hasSize(3);
    }

    @Test
    void linksCanBeNamedByTheirSites() {
        assertThat(LinkLookup.find(network, "east-hub")).map(NetworkLink::id).contains("east-to-hub");
        assertThat(LinkLookup.find(network, "hub-east")).map(NetworkLink::id).contains("east-to-hub");
        assertThat(LinkLookup.find(network, "east-lab")).isEmpty();
        assertThat(NetworkAnalyzer.ask(network, whatIf, "link/branch-east").listenersLosingAll())
                .containsExactly("branch/Listener/backend");
    }

    @Test
    void unknownElementsAreAnsweredNotThrown() {
        assertThat(whatIf.removeSite("nowhere").note()).isEqualTo("no such site");
        assertThat(whatIf.removeLink("nolink").note()).isEqualTo("no such link");
        assertThat(whatIf.removeConnector("hub/Connector/none").note()).isEqualTo("no such connector");
    }
}
