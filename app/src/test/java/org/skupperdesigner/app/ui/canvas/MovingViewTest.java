package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;

/**
 * What the canvas draws more cheaply while the view pans or zooms, and that it looks as before once the view
 * settles: solid service lines, a hidden sketch layer when nothing needs sketching, one card built per pulse.
 */
@ExtendWith(ApplicationExtension.class)
class MovingViewTest {

    private static final int SITES = 200;
    private static final Color SERVICE_LINE = Color.web("#8250df");

    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        canvas = new DesignCanvas(new DocumentModel(GeneratedDesign.generate(SITES), null), new SelectionModel());
        CanvasStages.show(stage, canvas);
    }

    @Test
    void serviceLinesAreSolidWhileTheViewMovesAndDashedAgainOnceItSettles(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        waitUntil(robot, () -> shownCurves().stream().allMatch(c -> !c.getStrokeDashArray().isEmpty()));
        assertThat(fx(robot, this::shownCurves)).as("service lines near the view are built").isNotEmpty();

        robot.interact(() -> canvas.viewport().panBy(-8, -4));
        List<CubicCurve> moving = fx(robot, this::shownCurves);
        assertThat(moving).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getStrokeDashArray()).isEmpty();
            // the solid curve takes its colour and width from the styled one
            assertThat(c.getStroke()).isEqualTo(SERVICE_LINE);
            assertThat(c.getStrokeWidth()).isEqualTo(1.6);
            assertThat(c.getOpacity()).isEqualTo(0.85);
        });

        waitUntil(robot, () -> shownCurves().stream().allMatch(c -> !c.getStrokeDashArray().isEmpty()));
        assertThat(fx(robot, this::shownCurves)).allSatisfy(c -> assertThat(c.getStroke()).isEqualTo(SERVICE_LINE));
    }

    @Test
    void anExportRightAfterAScrollShowsTheServiceLinesDashed(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        List<CubicCurve> exported = fx(robot, () -> {
            canvas.viewport().panBy(-8, -4);
            canvas.drawing();
            return shownCurves();
        });
        assertThat(exported).isNotEmpty().allSatisfy(c -> assertThat(c.getStrokeDashArray()).isNotEmpty());
    }

    @Test
    void theSketchLayerIsHiddenWhenEveryVisibleCardIsANode(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        assertThat(fx(robot, () -> canvas.detailLevel())).isEqualTo(DetailLevel.FULL);
        assertThat(fx(robot, () -> canvas.sketch().isVisible())).isFalse();

        showAt(robot, 0.3, 0, 0);
        assertThat(fx(robot, () -> canvas.sketch().isVisible())).isTrue();
        assertThat(fx(robot, () -> canvas.sketch().drawnCards())).isGreaterThan(DetailLevel.FEW_CARDS);
    }

    @Test
    void whileTheViewMovesOneCardIsBuiltPerPulseAndAtRestSeveral(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        Bounds far = fx(robot, () -> {
            Bounds site = canvas.siteBounds("site-199");
            return new BoundingBox(site.getMinX() - 300, site.getMinY() - 300, 1200, 800);
        });
        assertThat(fx(robot, () -> builtWithin(far))).isZero();

        // in one go on the FX thread: a layout pass in between would drop cards this far from the real view
        long[] built = fx(robot, () -> {
            boolean pending = canvas.detail().update(far, 1.0, false, true);
            long moving = builtWithin(far);
            canvas.detail().update(far, 1.0, false, false);
            return new long[] {pending ? 1 : 0, moving, builtWithin(far)};
        });
        assertThat(built[0]).as("more left to build").isEqualTo(1);
        assertThat(built[1]).isEqualTo(DetailController.CARDS_PER_MOVING_PULSE);
        assertThat(built[2]).isEqualTo(DetailController.CARDS_PER_MOVING_PULSE + DetailController.CARDS_PER_PULSE);
    }

    private long builtWithin(Bounds view) {
        return canvas.reconciler().cards().stream().filter(c -> canvas.siteBounds(c.siteId()).intersects(view))
                .count();
    }

    private List<CubicCurve> shownCurves() {
        return canvas.reconciler().serviceLines().stream().map(ServiceLineView::shownCurve).toList();
    }

    private void showAt(FxRobot robot, double zoom, double worldX, double worldY) {
        robot.interact(() -> {
            canvas.viewport().zoomProperty().set(zoom);
            canvas.viewport().panXProperty().set(-worldX * zoom);
            canvas.viewport().panYProperty().set(-worldY * zoom);
            canvas.layout();
        });
        waitUntil(robot, () -> !canvas.detail().hasPending());
    }

    private static void waitUntil(FxRobot robot, Supplier<Boolean> condition) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(robot, condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the canvas did not reach the expected state", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
