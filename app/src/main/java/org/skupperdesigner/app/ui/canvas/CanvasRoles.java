package org.skupperdesigner.app.ui.canvas;

import javafx.scene.Node;

/**
 * Marks view nodes with what they stand for, so one mouse handler on the canvas can tell what was pressed by walking
 * up from the picked node (instead of one handler per node).
 */
public final class CanvasRoles {

    public static final String SITE = "site";
    public static final String RESOURCE = "resource";
    public static final String LINK = "link";
    public static final String LINK_HANDLE = "link-handle";

    private static final String ROLE_KEY = "skupper.role";
    private static final String ID_KEY = "skupper.elementId";

    private CanvasRoles() {
    }

    public static void mark(Node node, String role, String elementId) {
        node.getProperties().put(ROLE_KEY, role);
        node.getProperties().put(ID_KEY, elementId);
    }

    /** The nearest marked node at or above {@code picked}, or null. */
    public static Node marked(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(ROLE_KEY)) {
                return n;
            }
        }
        return null;
    }

    public static String role(Node marked) {
        return marked == null ? null : (String) marked.getProperties().get(ROLE_KEY);
    }

    public static String elementId(Node marked) {
        return marked == null ? null : (String) marked.getProperties().get(ID_KEY);
    }
}
