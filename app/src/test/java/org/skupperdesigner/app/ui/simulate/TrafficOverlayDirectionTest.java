package org.skupperdesigner.app.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.event.FlowView;

/**
 * Flow dots follow the path a flow took, not the direction a link was dialled. In hello-world east dials west, but
 * clients of west/backend travel west to east: their dots must start at west's end of the link and their answers
 * come back from east.
 */
@ExtendWith(ApplicationExtension.class)
class TrafficOverlayDirectionTest {

    private DesignerWindow window;
    private org.skupperdesigner.app.ui.DesignerContext context;
    private Network hello;

    @Start
    void start(Stage stage) throws Exception {
        hello = TestWindows.helloWorld();
        context = TestWindows.context(hello);
        window = TestWindows.show(stage, context);
    }

    @Test
    void requestDotsRunFromTheListenersSiteAndAnswersComeBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FlowView started = flow(null);
        FlowView ended = flow(Duration.ofMillis(40));
        robot.interact(() -> {
            TrafficOverlay overlay = new TrafficOverlay(window.canvas());
            overlay.attach(hello);
            // the link is drawn from its dialler (east) to its acceptor (west)
            Point2D[] drawn = window.canvas().linkEnds("east-to-west");
            Point2D eastEnd = drawn[0];
            Point2D westEnd = drawn[1];
            assertThat(eastEnd.getX()).isGreaterThan(westEnd.getX());

            overlay.update(new LiveNetwork(), List.of(started), 0);
            assertThat(overlay.dotPaths()).singleElement().satisfies(d -> {
                assertThat(d.answer()).isFalse();
                assertThat(d.from()).isEqualTo(westEnd);
                assertThat(d.to()).isEqualTo(eastEnd);
            });
            // painted on the dot canvas: one dot for the one leg, at west's end for now
            assertThat(overlay.dots().drawnLastFrame()).isEqualTo(1);
            assertThat(overlay.dots().positions()).containsExactly(westEnd);

            overlay.update(new LiveNetwork(), List.of(ended), 0);
            assertThat(overlay.dotPaths()).hasSize(2).filteredOn(TrafficOverlay.DotPath::answer).singleElement()
                    .satisfies(d -> {
                        assertThat(d.from()).isEqualTo(eastEnd);
                        assertThat(d.to()).isEqualTo(westEnd);
                    });
            assertThat(overlay.dots().drawnLastFrame()).isEqualTo(2);
            assertThat(overlay.dots().positions()).containsExactlyInAnyOrder(westEnd, eastEnd);
            overlay.detach();
        });
    }

    @Test
    void aSteepLinksLabelGoesBesideItsLineAndAFlatLinksBelow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TrafficOverlay overlay = new TrafficOverlay(window.canvas());
            overlay.attach(hello);
            overlay.update(new LiveNetwork(), List.of(), 0);
            window.canvas().layout(); // as the pulse does after the overlay's update: labels lay out their text
            javafx.scene.Node flat = window.canvas().lookup("#sim-link-label-east-to-west");
            Point2D middle = linkMiddle();
            // hello-world's link runs sideways: its label is centred under the line's midpoint
            assertThat(flat.getBoundsInParent().getMinY()).isGreaterThan(middle.getY());
            assertThat(flat.getBoundsInParent().getCenterX()).isCloseTo(middle.getX(),
                    org.assertj.core.data.Offset.offset(1.0));
            overlay.detach();
        });

        // east stacked under west: the link is steep, its label beside the line (not on east's card badge below)
        Position west = hello.site("west").orElseThrow().position();
        Network stacked = hello.updateSite("east", site -> site.withPosition(
                new Position(west.x(), west.y() + 400)));
        OverlayShown.show(robot, window, context, stacked, new LiveNetwork(), overlay -> {
            javafx.scene.Node steep = window.canvas().lookup("#sim-link-label-east-to-west");
            Point2D middle = linkMiddle();
            assertThat(steep.getBoundsInParent().getMinX()).isGreaterThan(middle.getX() + 20);
            assertThat(steep.getBoundsInParent().getCenterY()).isCloseTo(middle.getY(),
                    org.assertj.core.data.Offset.offset(1.0));
        });
    }

    @Test
    void aFlatLinksLabelShowsWhatFitsBetweenItsCards(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        LiveNetwork busy = OverlayShown.busyHelloWorldLink(); // 268 kB in the last second
        double cardWidth = window.canvas().siteBounds("west").getWidth();

        // hello-world as drawn: the gap is narrower than the whole line, so it goes on two
        assertThat(labelBetweenCards(robot, hello, busy)).isEqualTo("261.7 KiB/s\n0 open · 3.1 MiB");

        Position west = hello.site("west").orElseThrow().position();
        Network apart = hello.updateSite("east", site -> site.withPosition(
                new Position(west.x() + cardWidth + 300, west.y())));
        assertThat(labelBetweenCards(robot, apart, busy)).isEqualTo("261.7 KiB/s · 0 open · 3.1 MiB");

        Network close = hello.updateSite("east", site -> site.withPosition(
                new Position(west.x() + cardWidth + 85, west.y())));
        assertThat(labelBetweenCards(robot, close, busy)).isEqualTo("261.7 KiB/s");
    }

    /** Shows {@code network} with {@code live}'s figures and returns the link label's text, checked clear of both cards. */
    private String labelBetweenCards(FxRobot robot, Network network, LiveNetwork live) {
        String[] shown = new String[1];
        OverlayShown.show(robot, window, context, network, live, overlay -> {
            Label label = (Label) window.canvas().lookup("#sim-link-label-east-to-west");
            Bounds bounds = label.getBoundsInParent();
            for (String site : List.of("west", "east")) {
                assertThat(bounds.intersects(window.canvas().siteBounds(site)))
                        .as("label \"%s\" %s over %s's card %s", label.getText(), bounds, site,
                                window.canvas().siteBounds(site))
                        .isFalse();
            }
            shown[0] = label.getText();
        });
        return shown[0];
    }

    private Point2D linkMiddle() {
        Point2D[] ends = window.canvas().linkEnds("east-to-west");
        return ends[0].midpoint(ends[1]);
    }

    @Test
    void aStartedFlowReportedBeforeItIsRoutedRunsAlongItsListenersKnownPath(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // as routers report it: accepted by west's listener, no path and no connector yet
        FlowView accepted = new FlowView("f2", "west/backend", "backend", List.of(), List.of(), null, null, 0, 0,
                Duration.ZERO, null, FlowOutcome.ACTIVE);
        robot.interact(() -> {
            TrafficOverlay overlay = new TrafficOverlay(window.canvas());
            overlay.attach(hello);
            Point2D[] drawn = window.canvas().linkEnds("east-to-west");

            LiveNetwork nothingKnown = new LiveNetwork();
            overlay.update(nothingKnown, List.of(accepted), 0);
            assertThat(overlay.dotPaths()).as("no path known yet: no dot").isEmpty();

            LiveNetwork expected = new LiveNetwork();
            expected.expectPaths(java.util.Map.of("west/backend", List.of("east-to-west")));
            overlay.update(expected, List.of(accepted), 0);
            assertThat(overlay.dotPaths()).singleElement().satisfies(d -> {
                assertThat(d.answer()).isFalse();
                assertThat(d.from()).as("from the listener's site, against the link's drawing").isEqualTo(drawn[1]);
                assertThat(d.to()).isEqualTo(drawn[0]);
            });
            overlay.detach();
        });
    }

    private static FlowView flow(Duration closed) {
        return new FlowView("f1", "west/backend", "backend", List.of("west", "east"), List.of("east-to-west"),
                closed == null ? null : "east/backend", closed == null ? null : "east/backend", 100,
                closed == null ? 0 : 100, Duration.ZERO, closed, closed == null ? FlowOutcome.ACTIVE
                : FlowOutcome.COMPLETED);
    }

}
