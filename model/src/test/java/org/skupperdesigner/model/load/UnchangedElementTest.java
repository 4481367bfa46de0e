package org.skupperdesigner.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.Site;

/** Which elements of an edited design are still as their files say, so a finding may point there. */
class UnchangedElementTest {

    private final LoadedNetwork loaded = NetworkLoader.load(List.of(Path.of("../examples/hello-world.skupper-design.yaml")));
    private final Network read = loaded.network();

    @Test
    void everyElementAsReadIsUnchanged() {
        assertThat(loaded.unchangedIn(read, "site/west")).isTrue();
        assertThat(loaded.unchangedIn(read, "west/Listener/backend")).isTrue();
        assertThat(loaded.unchangedIn(read, "link/east-to-west")).isTrue();
    }

    @Test
    void aMovedCardIsUnchangedButANewSiteSpecIsNot() {
        Network moved = read.updateSite("west", s -> s.withPosition(new Position(999, 999)));
        assertThat(loaded.unchangedIn(moved, "site/west")).isTrue();

        Site site = read.site("west").orElseThrow().siteResource().orElseThrow();
        Network edge = read.updateSite("west", s -> s.withResource(site.withSpec(site.spec().withEdge(true))));
        assertThat(loaded.unchangedIn(edge, "site/west")).isFalse();
        assertThat(loaded.unchangedIn(edge, "west/Listener/backend")).as("its listener is as read").isTrue();
    }

    @Test
    void anEditedResourceOrLinkAndAMissingOneAreNot() {
        Listener backend = (Listener) read.resource("west/Listener/backend").orElseThrow();
        Network ported = read.updateSite("west", s -> s.withResource(backend.withSpec(backend.spec().withPort(1))));
        assertThat(loaded.unchangedIn(ported, "west/Listener/backend")).isFalse();

        NetworkLink link = read.link("east-to-west").orElseThrow();
        assertThat(loaded.unchangedIn(read.withLink(link.withCost(7)), "link/east-to-west")).isFalse();
        assertThat(loaded.unchangedIn(read, "west/Listener/nothing")).isFalse();
    }

    @Test
    void aFindingSkipsElementsTheCallerRejects() {
        Diagnostic both = new Diagnostic(Severity.WARNING, "test.rule", "m",
                List.of("west/Listener/backend", "east/Connector/backend"), "", null, null);
        assertThat(loaded.locate(both)).isEqualTo(loaded.locations().get("west/Listener/backend"));
        assertThat(loaded.locate(both, id -> !id.startsWith("west/")))
                .isEqualTo(loaded.locations().get("east/Connector/backend")).isNotNull();
        assertThat(loaded.locate(both, id -> false)).isNull();
    }
}
