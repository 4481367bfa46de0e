package org.skupperdesigner.app.ui.simulate;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The texts a link's live label can show, longest first: all on one line, the same on two lines, and the headline
 * alone. Cards placed close together leave a short link less room than the whole line needs, and a label wider than
 * the gap would cover the cards' edges, so the overlay shows the longest text that fits between them.
 */
record LinkLabelText(List<String> variants) {

    LinkLabelText {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a link label needs a text");
        }
        variants = List.copyOf(variants);
    }

    /** "261.7 KiB/s · 0 open · 3.1 MiB"; down: "down (aws stopped) · 3.1 MiB"; no state yet: "connecting…". */
    static LinkLabelText of(LiveNetwork.LinkLive state) {
        if (state == null) {
            return new LinkLabelText(List.of("connecting…"));
        }
        String moved = Units.bytes(state.bytes());
        if (state.health() == LiveNetwork.Health.DOWN) {
            String why = "down (" + state.condition() + ")";
            return new LinkLabelText(List.of(why + " · " + moved, why + "\n" + moved, "down"));
        }
        String rate = Units.rate(state.bytesPerSecond());
        String rest = state.openConnections() + " open · " + moved;
        return new LinkLabelText(List.of(rate + " · " + rest, rate + "\n" + rest, rate));
    }

    String full() {
        return variants.get(0);
    }

    /**
     * The longest text whose width (as {@code width} measures it, label padding included) is at most {@code room};
     * the shortest when none is, since a label must say something.
     */
    String fitting(double room, ToDoubleFunction<String> width) {
        for (String text : variants) {
            if (width.applyAsDouble(text) <= room) {
                return text;
            }
        }
        return variants.get(variants.size() - 1);
    }
}
