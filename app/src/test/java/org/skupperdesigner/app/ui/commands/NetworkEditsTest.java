package org.skupperdesigner.app.ui.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;

class NetworkEditsTest {

    private final Network hello = DesignTemplate.HELLO_WORLD.build();

    @Test
    void linkingTheSamePairTwiceOrASiteToItselfChangesNothing() {
        assertThat(NetworkEdits.addLink("west", "east").change().apply(hello)).isEqualTo(hello);
        assertThat(NetworkEdits.addLink("west", "west").change().apply(hello)).isEqualTo(hello);
    }

    @Test
    void deletingASiteRemovesItsLinksAndDeletingAResourceKeepsTheSite() {
        Network withoutEast = NetworkEdits.delete(List.of("site/east")).change().apply(hello);
        assertThat(withoutEast.sites()).extracting(NetworkSite::id).containsExactly("west");
        assertThat(withoutEast.links()).isEmpty();
        Network withoutListener = NetworkEdits.delete(List.of("west/Listener/backend")).change().apply(hello);
        assertThat(withoutListener.site("west").orElseThrow().resourcesOf(Listener.class)).isEmpty();
    }

    @Test
    void pastingCopiesSitesWithFreshIdsRenamedSiteResourcesAndTheirInnerLinks() {
        Network pasted = NetworkEdits.pasteSites(hello.sites(), hello.links(), 40, 40).change().apply(hello);
        assertThat(pasted.sites()).extracting(NetworkSite::id).containsExactly("west", "east", "west-2", "east-2");
        assertThat(pasted.site("west-2").orElseThrow().name()).isEqualTo("west-2");
        assertThat(pasted.site("west-2").orElseThrow().position().x()).isEqualTo(160);
        assertThat(pasted.links()).anyMatch(l -> l.fromSite().equals("east-2") && l.toSite().equals("west-2"));
    }

    @Test
    void newSitesAndServicesGetValidUnusedNames() {
        Network n = NetworkEdits.addListener("west").change().apply(hello);
        n = NetworkEdits.addListener("west").change().apply(n);
        assertThat(n.site("west").orElseThrow().resourcesOf(Listener.class)).extracting(Listener::name)
                .containsExactly("backend", "service", "service-2");
    }

    @Test
    void aNewMultiKeyListenerFailsOverBetweenTwoKeysOnAPortNoListenerOfTheSiteUses() {
        Network n = NetworkEdits.addMultiKeyListener("west").change().apply(hello);
        n = NetworkEdits.addMultiKeyListener("west").change().apply(n);
        var added = n.site("west").orElseThrow().resourcesOf(MultiKeyListener.class).toList();
        assertThat(added).extracting(MultiKeyListener::name).containsExactly("service-failover", "service-failover-2");
        assertThat(added).extracting(m -> m.spec().port()).as("backend listens on 8080").containsExactly(8081, 8082);
        assertThat(added.get(0).spec().strategy().priorityRoutingKeys()).containsExactly("service", "service-backup");
    }
}
