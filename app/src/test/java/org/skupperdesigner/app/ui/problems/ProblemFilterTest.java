package org.skupperdesigner.app.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;

class ProblemFilterTest {

    private final Network helloWorld = DesignTemplate.HELLO_WORLD.build();

    @Test
    void aProblemConcernsTheSitesOfItsResourcesAndBothEndsOfItsLinks() {
        assertThat(ProblemFilter.concerns(about("west/Listener/backend"), "west", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("west/Listener/backend"), "east", helloWorld)).isFalse();
        assertThat(ProblemFilter.concerns(about("site/east"), "east", helloWorld)).isTrue();
        // east dials west
        assertThat(ProblemFilter.concerns(about("link/east-to-west"), "west", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("link/east-to-west"), "east", helloWorld)).isTrue();
        assertThat(ProblemFilter.concerns(about("link/gone"), "east", helloWorld)).isFalse();
        assertThat(ProblemFilter.concerns(new Diagnostic(Severity.ERROR, "t", "m", List.of(), "", null), "east",
                helloWorld)).isFalse();
    }

    @Test
    void theListIsRefilteredOnlyWhenWhatItShowsChangesNotOnEverySelection() {
        SimpleObjectProperty<String> selected = new SimpleObjectProperty<>("west/Listener/backend");
        ProblemFilter filter = new ProblemFilter(selected, () -> helloWorld);
        var all = filter.predicateProperty().get();

        // a click in the Problems list selects its element: with all sites shown that must not refilter the list
        selected.set("site/east");
        assertThat(filter.predicateProperty().get()).isSameAs(all);

        filter.selectedSiteOnlyProperty().set(true);
        var east = filter.predicateProperty().get();
        assertThat(east.test(about("east/Connector/backend"))).isTrue();
        assertThat(east.test(about("west/Listener/backend"))).isFalse();
        selected.set("east/Connector/backend");
        assertThat(filter.predicateProperty().get()).as("same site").isSameAs(east);
        selected.set("west/Listener/backend");
        assertThat(filter.predicateProperty().get().test(about("west/Listener/backend"))).isTrue();

        filter.warningsProperty().set(false);
        assertThat(filter.predicateProperty().get().test(about("west/Listener/backend"))).as("a warning").isFalse();
    }

    @Test
    void selectingALinkKeepsTheSiteShownWhenItIsOneOfItsEnds() {
        SimpleObjectProperty<String> selected = new SimpleObjectProperty<>("west/Listener/backend");
        ProblemFilter filter = new ProblemFilter(selected, () -> helloWorld);
        filter.selectedSiteOnlyProperty().set(true);
        var west = filter.predicateProperty().get();

        selected.set("link/east-to-west"); // east dials: without the shown site it would switch to east
        assertThat(filter.predicateProperty().get()).as("still west").isSameAs(west);

        selected.set("site/east");
        selected.set("link/east-to-west");
        assertThat(filter.predicateProperty().get().test(about("east/Connector/backend"))).as("still east").isTrue();
    }

    private static Diagnostic about(String element) {
        return new Diagnostic(Severity.WARNING, "t", "m", List.of(element), "", null);
    }
}
