package org.skupperdesigner.app.ui.common;

import java.util.function.Supplier;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. Each {@link Tooltip} is a popup window with its own scene
 * and CSS pass; made up front they were a visible part of opening the window (27 of them) and of building a site
 * card while zooming (one per card), for tips most nodes never show.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    public static void install(Node node, String text) {
        install(node, () -> new Tooltip(text));
    }

    /** For a tooltip with more than fixed text (e.g. bound to a status). */
    public static void install(Node node, Supplier<Tooltip> tooltip) {
        EventHandler<MouseEvent> onFirstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                // installed before the pointer moves on: the tooltip's own timer starts with the next move
                if (node instanceof Control control) {
                    control.setTooltip(tooltip.get());
                } else {
                    Tooltip.install(node, tooltip.get());
                }
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, onFirstEntry);
    }
}
