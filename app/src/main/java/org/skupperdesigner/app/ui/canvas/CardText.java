package org.skupperdesigner.app.ui.canvas;

import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * Text for card and link parts that never need truncation: plain {@link Text} nodes and pills (a styled pane around one).
 * A card is built while the view pans (a card per pulse), and a {@code Label} costs a skin, a text child and a
 * control's CSS pass each: these are most of a card's nodes.
 */
final class CardText {

    private CardText() {
    }

    static Text text(String value, String styleClass) {
        Text text = new Text(value);
        text.getStyleClass().add(styleClass);
        return text;
    }

    /** A rounded pill; its colours come from {@code styleClasses} (the text is styled as {@code .pill-text}). */
    static StackPane pill(String value, String... styleClasses) {
        return pill(text(value, "pill-text"), styleClasses);
    }

    /** A pill around {@code text} (for text that changes later). */
    static StackPane pill(Text text, String... styleClasses) {
        StackPane pill = new StackPane(text);
        pill.getStyleClass().addAll(styleClasses);
        pill.setMinWidth(StackPane.USE_PREF_SIZE);
        return pill;
    }
}
