package org.skupperdesigner.app.ui.common;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Gives a tab its content the first time it is selected. A tab pane keeps every tab's content in the scene, so a
 * hidden panel costs its full CSS and layout pass when the window opens (the simulation panel alone is about 40 %
 * of the window's nodes); deferring it keeps that off the time to the first frame.
 */
public final class LazyTabContent {

    private LazyTabContent() {
    }

    public static void install(Tab tab, Supplier<? extends Node> content) {
        FirstTime.whenTrue(tab.selectedProperty(), () -> tab.setContent(content.get()));
    }
}
