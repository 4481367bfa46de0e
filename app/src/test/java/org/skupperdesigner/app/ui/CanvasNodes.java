package org.skupperdesigner.app.ui;

import java.util.Optional;

import javafx.scene.Node;

import org.testfx.api.FxRobot;

import org.skupperdesigner.app.ui.canvas.CanvasRoles;
import org.skupperdesigner.model.network.ElementIds;

/**
 * Finds canvas nodes by what they stand for (their {@link CanvasRoles} mark), as the canvas's own mouse handling
 * does. Cards, rows and links carry no CSS ids: a unique id on every new node defeats JavaFX's style cache, and
 * those nodes are built while the view pans.
 */
public final class CanvasNodes {

    private CanvasNodes() {
    }

    /** The card of a site. */
    public static Node site(FxRobot robot, String siteId) {
        return findSite(robot, siteId).orElseThrow(() -> new AssertionError("no card for site " + siteId));
    }

    /** The card of a site, when it has one built. */
    public static Optional<Node> findSite(FxRobot robot, String siteId) {
        return find(robot, CanvasRoles.SITE, ElementIds.site(siteId));
    }

    /** A resource's row in its card, by element id (e.g. {@code west/Listener/backend}). */
    public static Node row(FxRobot robot, String elementId) {
        return find(robot, CanvasRoles.RESOURCE, elementId).orElseThrow(() -> new AssertionError("no row "
                + elementId));
    }

    /** The drawn link. */
    public static Node link(FxRobot robot, String linkId) {
        return find(robot, CanvasRoles.LINK, ElementIds.link(linkId)).orElseThrow(() -> new AssertionError(
                "no link " + linkId));
    }

    /** The handle on a site's card that starts dragging a new link. */
    public static Node linkHandle(FxRobot robot, String siteId) {
        return find(robot, CanvasRoles.LINK_HANDLE, ElementIds.site(siteId)).orElseThrow(() -> new AssertionError(
                "no link handle on site " + siteId));
    }

    private static Optional<Node> find(FxRobot robot, String role, String elementId) {
        return robot.lookup((Node n) -> role.equals(CanvasRoles.role(n)) && elementId.equals(CanvasRoles.elementId(n)))
                .tryQuery();
    }
}
