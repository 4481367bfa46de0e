package org.skupperdesigner.app.ui.bench;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Node counts for the benches: how many nodes JavaFX walks (bounds, CSS, sync) for a subtree. */
public final class NodeCounts {

    private NodeCounts() {
    }

    /** {@code node} and everything under it. */
    public static int count(Node node) {
        int c = 1;
        if (node instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                c += count(k);
            }
        }
        return c;
    }
}
