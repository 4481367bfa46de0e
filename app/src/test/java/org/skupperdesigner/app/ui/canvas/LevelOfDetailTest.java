package org.skupperdesigner.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skupperdesigner.app.ui.FxReads.fx;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.CanvasNodes;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.Network;

/** The level of detail on a 200-site design: which cards get nodes, sketching when zoomed out, picking sketches. */
@ExtendWith(ApplicationExtension.class)
class LevelOfDetailTest {

    private static final int SITES = 200;

    private DesignCanvas canvas;
    private DocumentModel document;
    private SelectionModel selection;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        selection = new SelectionModel();
        document = new DocumentModel(GeneratedDesign.generate(SITES), null);
        canvas = new DesignCanvas(document, selection);
        CanvasStages.show(stage, canvas);
    }

    @Test
    void onlyCardsNearTheViewGetNodesAndEveryVisibleOneDoes(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        Set<String> built = fx(robot, canvas::builtCardIds);
        Set<String> visible = fx(robot, () -> visibleSites(0));
        assertThat(visible).contains("site-0", "site-1").doesNotContain("site-199");
        assertThat(built).containsAll(visible);
        Set<String> nearby = fx(robot, () -> visibleSites(DetailController.BUILD_MARGIN_PX));
        assertThat(nearby).containsAll(built);
        assertThat(built.size()).isLessThan(SITES / 4);
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.FULL);
        assertThat(CanvasNodes.findSite(robot, "site-0")).isPresent();
        assertThat(CanvasNodes.findSite(robot, "site-199")).isEmpty();
        // nodes built while panning carry no CSS id: a unique id per node defeats JavaFX's style cache (CardBuildBench)
        assertThat(fx(robot, () -> canvas.reconciler().cards().stream().flatMap(c -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c), c.lookupAll("*").stream()))
                .filter(n -> n.getId() != null).map(n -> n.getId()).toList())).isEmpty();
        assertThat(fx(robot, () -> canvas.reconciler().links().stream().filter(l -> l.getId() != null).count()))
                .isZero();
        // the public counts still speak of the whole design
        assertThat(fx(robot, canvas::cardCount)).isEqualTo(SITES);
        assertThat(fx(robot, canvas::cardIds)).hasSize(SITES);
    }

    @Test
    void aLargeDesignOpenedAndFittedBuildsNoCardsAtThePreviousZoom(FxRobot robot) {
        Network large = fx(robot, document::network);
        robot.interact(() -> document.replaceDocument(Network.empty("new"), null));
        showAt(robot, 1.0, 0, 0);

        // as File > Open does: the design arrives and is framed before the next pulse lays the canvas out
        robot.interact(() -> {
            document.replaceDocument(large, null);
            canvas.fitToContent();
        });

        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.SKETCH);
        assertThat(fx(robot, canvas::builtCardIds)).as("full cards built for a zoom never shown").isEmpty();
    }

    @Test
    void aSketchedCardShowsItsNameBesideItsPlatformSquare(FxRobot robot) {
        double zoom = 0.45;
        showAt(robot, zoom, 0, 0);
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.SKETCH);
        SiteSlot slot = fx(robot, () -> canvas.reconciler().slot("site-0"));
        javafx.scene.image.Image shot = fx(robot, () -> canvas.sketch().snapshot(null, null));
        // names are drawn in screen pixels (not under the zoom): the text must still land where the card is drawn
        int nameLeft = (int) Math.round((slot.worldX() + 56) * zoom);
        int nameMiddle = (int) Math.round((slot.worldY() + 30) * zoom);
        assertThat(darkPixels(shot, nameLeft, nameMiddle - 6, 40, 12)).as("name text on the card").isGreaterThan(15);
        assertThat(darkPixels(shot, nameLeft, nameMiddle + 14, 40, 12)).as("below the name").isZero();
    }

    private static int darkPixels(javafx.scene.image.Image image, int x, int y, int w, int h) {
        int dark = 0;
        for (int i = x; i < x + w; i++) {
            for (int j = y; j < y + h; j++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(i, j);
                if (c.getOpacity() > 0.5 && c.getBrightness() < 0.4) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void zoomingOutPastTheThresholdSketchesTheDesignAndZoomingInBringsCardsBack(FxRobot robot) {
        showAt(robot, 0.3, 0, 0);
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.SKETCH);
        assertThat(fx(robot, () -> canvas.sketch().drawnCards())).isGreaterThan(DetailLevel.FEW_CARDS);
        assertThat(fx(robot, () -> canvas.reconciler().cards().stream().noneMatch(c -> c.isVisible()
                && c.getParent().isVisible()))).isTrue();

        showAt(robot, (DetailLevel.SKETCH_BELOW_ZOOM + DetailLevel.FULL_FROM_ZOOM) / 2, 0, 0);
        assertThat(fx(robot, canvas::detailLevel)).as("between the thresholds the level stays").isEqualTo(
                DetailLevel.SKETCH);
        showAt(robot, 1.0, 0, 0);
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.FULL);
        assertThat(fx(robot, () -> canvas.sketch().drawnCards())).as("every visible card is a node again")
                .isZero();
        assertThat(fx(robot, canvas::builtCardIds)).contains("site-0");
    }

    @Test
    void aCardScrolledIntoViewBecomesAFullCardAndIsSelectable(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        assertThat(fx(robot, canvas::builtCardIds)).doesNotContain("site-199");
        robot.interact(() -> canvas.reveal("site/site-199"));
        waitUntilBuilt(robot);
        assertThat(fx(robot, canvas::builtCardIds)).contains("site-199").doesNotContain("site-0");
        robot.clickOn(CanvasNodes.site(robot, "site-199"));
        assertThat(fx(robot, () -> selection.selected())).containsExactly("site/site-199");
    }

    @Test
    void aSketchedCardIsSelectedByClickingWhereItIsDrawn(FxRobot robot) {
        showAt(robot, 0.3, 0, 0);
        Point2D screen = fx(robot, () -> {
            Bounds b = canvas.siteBounds("site-16");
            Point2D local = canvas.viewport().toScreen(b.getCenterX(), b.getCenterY());
            return canvas.localToScreen(local);
        });
        robot.clickOn(screen);
        assertThat(fx(robot, () -> selection.selected())).containsExactly("site/site-16");
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.SKETCH);
    }

    @Test
    void aSketchedCardIsDraggedLikeACardAndTheMoveIsOneEdit(FxRobot robot) {
        showAt(robot, 0.3, 0, 0);
        Point2D screen = fx(robot, () -> {
            Bounds b = canvas.siteBounds("site-16");
            return canvas.localToScreen(canvas.viewport().toScreen(b.getCenterX(), b.getCenterY()));
        });
        robot.drag(screen, javafx.scene.input.MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        var position = fx(robot, () -> canvas.document().network().site("site-16").orElseThrow().position());
        assertThat(position.x()).isCloseTo(360 + 200, within(DesignCanvas.GRID));
        assertThat(position.y()).isEqualTo(240);
        assertThat(fx(robot, () -> canvas.siteBounds("site-16").getMinX())).isEqualTo(position.x());
        robot.interact(() -> canvas.document().undo());
        assertThat(fx(robot, () -> canvas.siteBounds("site-16").getMinX())).isEqualTo(360);
    }

    @Test
    void aCardBuiltAfterItWasSelectedShowsTheSelection(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        robot.interact(() -> selection.select("site/site-199"));
        assertThat(fx(robot, canvas::builtCardIds)).doesNotContain("site-199");
        robot.interact(() -> canvas.reveal("site/site-199"));
        waitUntilBuilt(robot);
        assertThat(fx(robot, () -> canvas.card("site-199").getPseudoClassStates().stream()
                .map(Object::toString).toList())).contains("selected");
    }

    @Test
    void cardsLinksAndBoundsAreAvailableForSitesWithoutNodes(FxRobot robot) {
        showAt(robot, 1.0, 0, 0);
        assertThat(fx(robot, canvas::builtCardIds)).doesNotContain("site-151");
        Bounds far = fx(robot, () -> canvas.siteBounds("site-151"));
        assertThat(far.getMinX()).isEqualTo(360);
        assertThat(far.getWidth()).isEqualTo(SiteCardView.WIDTH);
        assertThat(far.getHeight()).isGreaterThan(80);
        Point2D[] ends = fx(robot, () -> canvas.linkEnds("site-151-to-left"));
        assertThat(ends).as("site-151 dials its left neighbour: the link leaves its left side").hasSize(2);
        assertThat(ends[0].getX()).isCloseTo(far.getMinX() - 2, within(0.01));

        SiteCardView card = fx(robot, () -> canvas.card("site-151"));
        assertThat(card.siteId()).isEqualTo("site-151");
        assertThat(card.getHeight()).as("built on demand and laid out").isPositive();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(robot, canvas::builtCardIds)).as("kept while the view stays").contains("site-151");
        assertThat(fx(robot, () -> canvas.siteBounds("site-151").getHeight())).isEqualTo(card.getHeight());
        showAt(robot, 1.0, 100, 0);
        assertThat(fx(robot, canvas::builtCardIds)).as("dropped once the view moves").doesNotContain("site-151");
    }

    @Test
    void fitShowsTheWholeDesignAsASketchAndTheMinimapStaysInStep(FxRobot robot) {
        robot.interact(canvas::fitToContent);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(robot, canvas::detailLevel)).isEqualTo(DetailLevel.SKETCH);
        assertThat(fx(robot, () -> canvas.sketch().drawnCards())).isEqualTo(SITES);
        assertThat(fx(robot, () -> canvas.reconciler().cards().stream().noneMatch(c -> c.getParent().isVisible())))
                .as("built cards are hidden while sketching").isTrue();
        Bounds content = fx(robot, canvas::contentBounds);
        Bounds view = fx(robot, () -> canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight()));
        assertThat(view.contains(content)).isTrue();
    }

    private void showAt(FxRobot robot, double zoom, double worldX, double worldY) {
        robot.interact(() -> {
            canvas.viewport().zoomProperty().set(zoom);
            canvas.viewport().panXProperty().set(-worldX * zoom);
            canvas.viewport().panYProperty().set(-worldY * zoom);
            canvas.layout();
        });
        waitUntilBuilt(robot);
    }

    private void waitUntilBuilt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(robot, () -> canvas.detail().hasPending()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("nodes near the view were not all built", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sites whose card meets the view grown by {@code marginPx} screen pixels. */
    private Set<String> visibleSites(double marginPx) {
        Bounds view = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        double m = marginPx / canvas.viewport().zoom();
        return Set.copyOf(canvas.reconciler().slots().stream().filter(s -> s.intersects(view.getMinX() - m,
                view.getMinY() - m, view.getMaxX() + m, view.getMaxY() + m)).map(SiteSlot::siteId).toList());
    }
}
