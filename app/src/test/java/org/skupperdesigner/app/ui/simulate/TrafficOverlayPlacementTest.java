package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * The simulation's labels keep out of each other's way: a link's live label never covers a router or listener
 * badge, wherever the two cards stand, and a listener's badge stays under its own card.
 */
@ExtendWith(ApplicationExtension.class)
class TrafficOverlayPlacementTest {

    private DesignerWindow window;
    private DesignerContext context;
    private Network hello;

    @Start
    void start(Stage stage) throws Exception {
        hello = TestWindows.helloWorld();
        context = TestWindows.context(hello);
        window = TestWindows.show(stage, context);
    }

    @Test
    void aLinksLabelCoversNoBadgeWhereverItsCardsStand(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Position west = hello.site("west").orElseThrow().position();
        Bounds card = window.canvas().siteBounds("west");
        List<String> covered = new ArrayList<>();
        // east all around west, near enough for the label to reach west's badges, far enough for a gap that holds it
        for (int degrees = 0; degrees < 360; degrees += 15) {
            double angle = Math.toRadians(degrees);
            Network moved = hello.updateSite("east", site -> site.withPosition(new Position(
                    west.x() + (card.getWidth() + 120) * Math.cos(angle),
                    west.y() + (card.getHeight() + 90) * Math.sin(angle))));
            Shown shown = show(robot, moved);
            for (Bounds badge : shown.badges()) {
                if (shown.label().intersects(badge)) {
                    covered.add(degrees + "°: label " + shown.label() + " over badge " + badge);
                }
            }
        }
        assertThat(covered).isEmpty();
    }

    @Test
    void aLongListenerBadgeWrapsUnderItsOwnCard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String longName = "storefront-checkout-backend-for-the-european-region-primary";
        Network renamed = hello.updateSite("west", site -> {
            Listener backend = (Listener) site.resources().stream()
                    .filter(r -> r.kind() == ResourceKind.LISTENER).findFirst().orElseThrow();
            return site.replacing(backend, backend.withMetadata(backend.metadata().withName(longName)));
        });
        OverlayShown.show(robot, window, context, renamed, new LiveNetwork(), overlay -> {
            Label badge = (Label) window.canvas().lookup("#sim-listener-west-" + longName);
            Bounds card = window.canvas().siteBounds("west");
            Bounds shown = badge.getBoundsInParent();
            assertThat(badge.getText()).startsWith(longName);
            assertThat(shown.getMinX()).isGreaterThanOrEqualTo(card.getMinX() - 0.5);
            assertThat(shown.getMaxX()).isLessThanOrEqualTo(card.getMaxX() + 0.5);
            assertThat(shown.getMinY()).isGreaterThan(card.getMaxY());
            // wrapped onto more than one line rather than cut
            assertThat(shown.getHeight()).isGreaterThan(1.6 * badge.getFont().getSize() + badge.getInsets().getTop());
        });
    }

    private record Shown(Bounds label, List<Bounds> badges) {
    }

    /** Shows {@code network} with traffic on its link; the link label's box and every badge's. */
    private Shown show(FxRobot robot, Network network) {
        Shown[] shown = new Shown[1];
        OverlayShown.show(robot, window, context, network, OverlayShown.busyHelloWorldLink(), overlay -> {
            Node label = window.canvas().lookup("#sim-link-label-east-to-west");
            List<Bounds> badges = new ArrayList<>();
            for (String id : List.of("#sim-site-west", "#sim-site-east", "#sim-listener-west-backend")) {
                badges.add(window.canvas().lookup(id).getBoundsInParent());
            }
            shown[0] = new Shown(label.getBoundsInParent(), badges);
        });
        return shown[0];
    }
}
