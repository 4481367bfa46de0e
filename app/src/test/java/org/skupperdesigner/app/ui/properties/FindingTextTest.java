package org.skupperdesigner.app.ui.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

class FindingTextTest {

    @Test
    void theOpeningThatNamesTheElementIsLeftToTheSheetsHeader() {
        assertThat(FindingText.besideField(finding("west/Listener/backend",
                "Listener/backend in site west has spec.port 70000, outside 1..65535.")))
                .isEqualTo("Has spec.port 70000, outside 1..65535.");
        assertThat(FindingText.besideField(finding("site/west", "Site west uses namespace 'West_Side', which is "
                + "not a valid namespace name."))).isEqualTo("Uses namespace 'West_Side', which is not a valid "
                + "namespace name.");
        assertThat(FindingText.besideField(finding("west/Site/west", "Site west has linkAccess 'sideways'; the "
                + "site accepts no links."))).isEqualTo("Has linkAccess 'sideways'; the site accepts no links.");
    }

    @Test
    void aMessageThatOpensOtherwiseIsShownWhole() {
        String edge = "Edge site west has linkAccess 'default', but edge sites cannot accept links.";
        assertThat(FindingText.besideField(finding("site/west", edge))).isEqualTo(edge);
        String other = "Listener/backend in site east uses routing key 'x'.";
        assertThat(FindingText.besideField(finding("west/Listener/backend", other))).isEqualTo(other);
        assertThat(FindingText.besideField(finding("link/a-b", "Link a-b has cost 0."))).isEqualTo(
                "Link a-b has cost 0.");
    }

    private static Diagnostic finding(String element, String message) {
        return new Diagnostic(Severity.WARNING, "test", message, List.of(element), "", null, "spec.port");
    }
}
