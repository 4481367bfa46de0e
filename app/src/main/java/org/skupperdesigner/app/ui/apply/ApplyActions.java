package org.skupperdesigner.app.ui.apply;

import javafx.stage.Window;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.commands.DocumentModel;

/**
 * The window's entry point to applying: one controller and one dialog per window, and what it leaves on the canvas
 * (site badges, per-resource status and drift marks, and the banner that dismisses them).
 */
public final class ApplyActions implements AutoCloseable {

    private final ApplyController controller = new ApplyController();
    private final Window owner;
    private final DocumentModel document;
    private final ResourceMarksOverlay marks;
    private final MarkersBanner banner;
    private ApplyDialog dialog;

    public ApplyActions(Window owner, DocumentModel document, DesignCanvas canvas) {
        this.owner = owner;
        this.document = document;
        new ApplyStatusOverlay(canvas, document, controller);
        this.marks = new ResourceMarksOverlay(canvas, document, controller);
        this.banner = new MarkersBanner(controller);
    }

    /** The bar to float over the canvas while per-resource marks are shown (with its Dismiss button). */
    public javafx.scene.Node markersBanner() {
        return banner;
    }

    ResourceMarksOverlay marksOverlay() {
        return marks;
    }

    /** Opens (or brings to front) the Apply dialog. */
    public void showDialog() {
        if (dialog == null) {
            dialog = new ApplyDialog(owner, document, controller);
        }
        dialog.show();
    }

    public ApplyController controller() {
        return controller;
    }

    public ApplyDialog dialog() {
        return dialog;
    }

    @Override
    public void close() {
        controller.close();
    }
}
