package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class LinkLabelTextTest {

    private static final LiveNetwork.LinkLive BUSY =
            new LiveNetwork.LinkLive("l", LiveNetwork.Health.UP, "up", 3_250_000, 268_000, 2);

    @Test
    void aLinkSaysItsRateConnectionsAndBytesOnOneLineTwoLinesOrTheRateAlone() {
        assertThat(LinkLabelText.of(BUSY).variants()).containsExactly(
                "261.7 KiB/s · 2 open · 3.1 MiB", "261.7 KiB/s\n2 open · 3.1 MiB", "261.7 KiB/s");
    }

    @Test
    void aDownLinkSaysWhyAndAnUnknownOneThatItIsConnecting() {
        LiveNetwork.LinkLive down = new LiveNetwork.LinkLive("l", LiveNetwork.Health.DOWN, "aws stopped", 1024, 0, 0);
        assertThat(LinkLabelText.of(down).variants())
                .containsExactly("down (aws stopped) · 1.0 KiB", "down (aws stopped)\n1.0 KiB", "down");
        assertThat(LinkLabelText.of(null).variants()).containsExactly("connecting…");
    }

    @Test
    void theLongestTextThatFitsIsShownAndTheShortestWhenNoneDoes() {
        LinkLabelText text = LinkLabelText.of(BUSY);
        // width by the longest line, as a label lays out several
        ToDoubleFunction<String> width = s -> Arrays.stream(s.split("\n"))
                .mapToInt(String::length).max().orElse(0) * 6.0;
        assertThat(text.fitting(1000, width)).isEqualTo(text.full());
        assertThat(text.fitting(16 * 6.0, width)).isEqualTo("261.7 KiB/s\n2 open · 3.1 MiB");
        assertThat(text.fitting(11 * 6.0, width)).isEqualTo("261.7 KiB/s");
        assertThat(text.fitting(10, width)).as("nothing fits: still the headline").isEqualTo("261.7 KiB/s");
    }
}
