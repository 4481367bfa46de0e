package org.skupperdesigner.app.ui.palette;

import java.util.Arrays;
import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.canvas.SiteCardView;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

/**
 * Palette entries dropped on the canvas: a site lands where it is dropped, a template's sites land from the drop
 * point on, a listener or connector goes into the site card under the pointer (and is refused elsewhere, so the
 * pointer shows it cannot be dropped there).
 */
public final class PaletteDrop {

    static final String SITE = "site:";
    static final String TEMPLATE = "template:";

    private final PaletteActions actions;
    private final DesignCanvas canvas;

    public PaletteDrop(PaletteActions actions, DesignCanvas canvas) {
        this.actions = actions;
        this.canvas = canvas;
    }

    public void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, e -> payload(e.getDragboard()).ifPresent(p -> {
            if (accepts(p, world(e))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        }));
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, e -> payload(e.getDragboard()).ifPresent(p -> {
            e.setDropCompleted(drop(p, world(e)));
            e.consume();
        }));
    }

    /** Whether {@code payload} (without the prefix) can be dropped at {@code world}. */
    public boolean accepts(String payload, Point2D world) {
        if (payload.startsWith(SITE)) {
            return Platform.ofId(payload.substring(SITE.length())).isPresent();
        }
        if (payload.startsWith(TEMPLATE)) {
            return template(payload.substring(TEMPLATE.length())).isPresent();
        }
        return ServiceKind.ofPayload(payload).isPresent() && canvas.siteAt(world) != null;
    }

    /** Performs the drop; false when nothing could be added there. */
    public boolean drop(String payload, Point2D world) {
        if (!accepts(payload, world)) {
            return false;
        }
        if (payload.startsWith(SITE)) {
            // the pointer holds the card by the middle of its header, as the palette tile was held
            actions.addSiteAt(Platform.ofId(payload.substring(SITE.length())).orElseThrow(),
                    snapped(world.getX() - SiteCardView.WIDTH / 2, world.getY() - 30));
        } else if (payload.startsWith(TEMPLATE)) {
            actions.insertTemplateAt(template(payload.substring(TEMPLATE.length())).orElseThrow(),
                    snapped(world.getX(), world.getY()));
        } else {
            actions.addResourceTo(canvas.siteAt(world), ServiceKind.ofPayload(payload).orElseThrow());
        }
        return true;
    }

    private Point2D world(DragEvent e) {
        return canvas.viewport().toWorld(e.getX(), e.getY());
    }

    private static Position snapped(double x, double y) {
        return new Position(Math.round(x / DesignCanvas.GRID) * DesignCanvas.GRID,
                Math.round(y / DesignCanvas.GRID) * DesignCanvas.GRID);
    }

    static Optional<String> payload(Dragboard board) {
        if (board == null || !board.hasString() || !board.getString().startsWith(PaletteView.DRAG_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(board.getString().substring(PaletteView.DRAG_PREFIX.length()));
    }

    static Optional<DesignTemplate> template(String id) {
        return Arrays.stream(DesignTemplate.values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
