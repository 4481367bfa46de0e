package org.skupperdesigner.app.ui.training;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.canvas.CanvasViewport;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * The training part of the run that records the window's AOT cache (ADR 0604): once the window has gone, draws a
 * generated large design off screen, panning, zooming and selecting, so that the cache holds the method profiles
 * of the canvas's frames (building cards, CSS, layout, rendering) and not only those of whatever the first session
 * after a build happened to do. Without them the JIT compiles that code during the first seconds a user moves
 * around a large design. Each frame is a snapshot of an off-screen scene: the same CSS, layout, sync and rendering
 * code as a frame in the window, on the same pipeline.
 */
public final class CanvasWorkout {

    /** Set (to true) by the launcher on the run that records the AOT cache. */
    public static final String PROPERTY = "skupper.designer.aotTraining";
    /** Large enough to be sketched when fitted and to keep building cards while the view moves. */
    static final int SITES = 240;
    static final int MAX_FRAMES = 600;
    /** Well inside the grace a termination signal leaves the window (the recording run may end on one). */
    public static final Duration BUDGET = Duration.ofSeconds(4);
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 860;
    private static final Logger LOG = LoggerFactory.getLogger(CanvasWorkout.class);

    private final DocumentModel document = new DocumentModel(GeneratedDesign.generate(SITES), null);
    private final SelectionModel selection = new SelectionModel();
    private final DesignCanvas canvas = new DesignCanvas(document, selection);
    private final Scene scene;
    private final WritableImage frame = new WritableImage((int) WIDTH, (int) HEIGHT);

    private CanvasWorkout() {
        StackPane root = new StackPane(canvas);
        // as in the window: the root carries the class designer.css looks the platform colours up from
        root.getStyleClass().add("designer-root");
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(DesignerWindow.class.getResource("designer.css").toExternalForm());
    }

    /** Whether this run records the AOT cache (the launcher says so). */
    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** What a workout drew: frames in all, of them sketched (zoomed out), and cards built along the way. */
    public record Covered(int frames, int sketchedFrames, int cardsBuilt) {
        static final Covered NOTHING = new Covered(0, 0, 0);
    }

    /**
     * Draws frames until {@code budget} has passed or {@link #MAX_FRAMES} are drawn. FX thread, toolkit running.
     * Never throws: a failed workout only leaves the cache with fewer profiles.
     */
    public static Covered run(Duration budget) {
        return run(budget, MAX_FRAMES);
    }

    static Covered run(Duration budget, int maxFrames) {
        long deadline = System.nanoTime() + budget.toNanos();
        // the window has gone: say why the process is still busy
        LOG.info("start-up cache: training it on a generated design for up to {} s (once per build)",
                budget.toSeconds());
        try {
            Covered covered = new CanvasWorkout().drawUntil(deadline, maxFrames);
            LOG.info("start-up cache: trained on {} frames of a generated {}-site design", covered.frames(), SITES);
            return covered;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("start-up cache training stopped", e);
            return Covered.NOTHING;
        }
    }

    private Covered drawUntil(long deadline, int maxFrames) {
        draw();
        canvas.fitToContent();
        draw();
        List<NetworkSite> sites = document.network().sites();
        Set<String> built = new HashSet<>();
        int drawn = 0;
        int sketched = 0;
        while (drawn < maxFrames && System.nanoTime() < deadline) {
            move(canvas.viewport(), drawn);
            if (drawn % 50 == 25) {
                selection.select(sites.get(drawn * 7 % sites.size()).elementId());
            }
            draw();
            built.addAll(canvas.builtCardIds());
            sketched += canvas.isSketched() ? 1 : 0;
            drawn++;
        }
        return new Covered(drawn, sketched, built.size());
    }

    /** Wanders across the design, zooming from the sketched overview (25 %) to full cards (145 %) and back. */
    private static void move(CanvasViewport viewport, int frame) {
        viewport.panBy(Math.cos(frame * 0.03) * 14, Math.sin(frame * 0.02) * 10);
        double zoom = 0.85 - 0.6 * Math.cos(frame * 0.05);
        viewport.zoomAt(zoom / viewport.zoom(), WIDTH / 2, HEIGHT / 2);
    }

    private void draw() {
        scene.snapshot(frame);
    }
}
