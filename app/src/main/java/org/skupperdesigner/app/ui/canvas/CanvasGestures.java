package org.skupperdesigner.app.ui.canvas;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;

import org.skupperdesigner.app.ui.commands.NetworkEdits;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Position;

/**
 * Mouse and keyboard on the canvas. Each press starts one gesture object (move, link, rubber band, pan) that lives
 * until the release; a gesture previews on screen and commits at most one edit when it ends.
 */
final class CanvasGestures {

    private static final PseudoClass LINK_TARGET = PseudoClass.getPseudoClass("link-target");

    private interface Gesture {
        void drag(MouseEvent e);

        void release(MouseEvent e);
    }

    private final DesignCanvas canvas;
    private Gesture current;
    private boolean spaceDown;

    CanvasGestures(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (current != null) {
                current.drag(e);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (current != null) {
                Gesture g = current;
                current = null;
                g.release(e);
                e.consume();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    private void press(MouseEvent e) {
        canvas.requestFocus();
        Node marked = CanvasRoles.marked(e.getPickResult().getIntersectedNode());
        String role = CanvasRoles.role(marked);
        String id = CanvasRoles.elementId(marked);
        if (marked == null) {
            // nothing built under the pointer: a sketched (or not yet built) card or link may be there
            Point2D world = canvas.viewport().toWorld(e.getX(), e.getY());
            String siteId = canvas.siteAt(world);
            String linkId = siteId == null ? canvas.linkAt(world) : null;
            if (siteId != null) {
                role = CanvasRoles.SITE;
                id = ElementIds.site(siteId);
            } else if (linkId != null) {
                role = CanvasRoles.LINK;
                id = ElementIds.LINK_PREFIX + linkId;
            }
        }
        if (e.getButton() == MouseButton.MIDDLE || spaceDown
                || e.getButton() == MouseButton.SECONDARY && role == null) {
            current = new Pan(e);
        } else if (e.getButton() != MouseButton.PRIMARY) {
            if (id != null && !canvas.selection().isSelected(id)) {
                canvas.selection().select(id);
            }
            return;
        } else if (CanvasRoles.LINK_HANDLE.equals(role) && canvas.runModeProperty().get()) {
            canvas.selection().select(id);
        } else if (CanvasRoles.LINK_HANDLE.equals(role)) {
            current = new LinkDrag(ElementIds.siteOf(id), e);
        } else if (CanvasRoles.SITE.equals(role) || CanvasRoles.RESOURCE.equals(role)) {
            boolean additive = e.isShiftDown() || e.isShortcutDown();
            if (additive) {
                canvas.selection().toggle(id);
            } else if (!canvas.selection().isSelected(id)) {
                canvas.selection().select(id);
            }
            current = canvas.runModeProperty().get() ? null : new Move(ElementIds.siteOf(id), e);
        } else if (CanvasRoles.LINK.equals(role)) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                canvas.selection().toggle(id);
            } else {
                canvas.selection().select(id);
            }
        } else {
            current = new RubberBand(e);
        }
        e.consume();
    }

    private void scroll(ScrollEvent e) {
        if (e.isShiftDown()) {
            canvas.viewport().panBy(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX(), 0);
        } else if (e.getDeltaY() != 0) {
            canvas.viewport().zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        double step = e.isShiftDown() ? DesignCanvas.GRID : canvas.snapToGridProperty().get() ? DesignCanvas.GRID
                : 1;
        switch (e.getCode()) {
            case SPACE:
                spaceDown = true;
                break;
            case LEFT:
                nudge(-step, 0);
                break;
            case RIGHT:
                nudge(step, 0);
                break;
            case UP:
                nudge(0, -step);
                break;
            case DOWN:
                nudge(0, step);
                break;
            case ESCAPE:
                canvas.selection().clear();
                canvas.highlightProperty().set(CanvasHighlight.NONE);
                break;
            default:
                return;
        }
        e.consume();
    }

    private void nudge(double dx, double dy) {
        if (canvas.runModeProperty().get()) {
            return;
        }
        Map<String, Position> moved = new LinkedHashMap<>();
        for (String siteId : canvas.selection().selectedSiteIds()) {
            canvas.document().network().site(siteId).ifPresent(s -> moved.put(siteId,
                    new Position(s.position().x() + dx, s.position().y() + dy)));
        }
        if (!moved.isEmpty()) {
            canvas.document().apply(NetworkEdits.moveSites(moved));
        }
    }

    private SiteSlot cardAt(Point2D world) {
        String siteId = canvas.siteAt(world);
        return siteId == null ? null : canvas.reconciler().slot(siteId);
    }

    /** Drags the selected sites; previews with translate, commits one move on release. */
    private final class Move implements Gesture {
        private final double startX;
        private final double startY;
        private final Map<SiteSlot, Position> origins = new LinkedHashMap<>();
        private boolean moved;

        Move(String pressedSite, MouseEvent e) {
            startX = e.getX();
            startY = e.getY();
            Set<String> ids = new LinkedHashSet<>(canvas.selection().selectedSiteIds());
            ids.add(pressedSite);
            for (String id : ids) {
                SiteSlot card = canvas.reconciler().slot(id);
                if (card != null) {
                    origins.put(card, card.site().position());
                }
            }
        }

        @Override
        public void drag(MouseEvent e) {
            double dx = (e.getX() - startX) / canvas.viewport().zoom();
            double dy = (e.getY() - startY) / canvas.viewport().zoom();
            moved |= Math.abs(e.getX() - startX) > 2 || Math.abs(e.getY() - startY) > 2;
            if (!moved) {
                return;
            }
            origins.forEach((card, p) -> card.setDrag(canvas.snap(p.x() + dx) - p.x(),
                    canvas.snap(p.y() + dy) - p.y()));
            canvas.previewMoved();
        }

        @Override
        public void release(MouseEvent e) {
            if (!moved) {
                return;
            }
            Map<String, Position> target = new LinkedHashMap<>();
            origins.forEach((card, p) -> target.put(card.siteId(),
                    new Position(p.x() + card.dragX(), p.y() + card.dragY())));
            canvas.document().apply(NetworkEdits.moveSites(target));
            origins.keySet().forEach(card -> card.setDrag(0, 0));
            canvas.previewMoved();
        }
    }

    /** Drags a line from a site's link handle; dropping on another site links them (the first one dials). */
    private final class LinkDrag implements Gesture {
        private final String fromSite;
        private final Line preview = new Line();
        private SiteSlot hovered;

        LinkDrag(String fromSite, MouseEvent e) {
            this.fromSite = fromSite;
            SiteSlot from = canvas.reconciler().slot(fromSite);
            preview.getStyleClass().add("link-preview");
            preview.setMouseTransparent(true);
            preview.setStartX(from.centerX());
            preview.setStartY(from.centerY());
            Point2D p = canvas.viewport().toWorld(e.getX(), e.getY());
            preview.setEndX(p.getX());
            preview.setEndY(p.getY());
            canvas.overlay().getChildren().add(preview);
        }

        @Override
        public void drag(MouseEvent e) {
            Point2D p = canvas.viewport().toWorld(e.getX(), e.getY());
            preview.setEndX(p.getX());
            preview.setEndY(p.getY());
            SiteSlot over = cardAt(p);
            if (over != hovered) {
                markTarget(hovered, false);
                hovered = over != null && !over.siteId().equals(fromSite) ? over : null;
                markTarget(hovered, true);
            }
        }

        @Override
        public void release(MouseEvent e) {
            canvas.overlay().getChildren().remove(preview);
            markTarget(hovered, false);
            SiteSlot target = cardAt(canvas.viewport().toWorld(e.getX(), e.getY()));
            if (target != null && !target.siteId().equals(fromSite)) {
                String before = linkIdBetween(fromSite, target.siteId());
                canvas.document().apply(NetworkEdits.addLink(fromSite, target.siteId()));
                String after = linkIdBetween(fromSite, target.siteId());
                if (before == null && after != null) {
                    canvas.selection().select("link/" + after);
                }
            }
        }

        private void markTarget(SiteSlot slot, boolean on) {
            if (slot != null && slot.view() != null) {
                slot.view().pseudoClassStateChanged(LINK_TARGET, on);
            }
        }

        private String linkIdBetween(String a, String b) {
            return canvas.document().network().links().stream().filter(l -> l.touches(a) && l.touches(b))
                    .map(l -> l.id()).findFirst().orElse(null);
        }
    }

    /** Selects every site the dragged rectangle touches. */
    private final class RubberBand implements Gesture {
        private final double startX;
        private final double startY;
        private final boolean additive;

        RubberBand(MouseEvent e) {
            startX = e.getX();
            startY = e.getY();
            additive = e.isShiftDown() || e.isShortcutDown();
            if (!additive) {
                canvas.selection().clear();
            }
        }

        @Override
        public void drag(MouseEvent e) {
            var band = canvas.rubberBand();
            band.setVisible(true);
            band.setX(Math.min(startX, e.getX()));
            band.setY(Math.min(startY, e.getY()));
            band.setWidth(Math.abs(e.getX() - startX));
            band.setHeight(Math.abs(e.getY() - startY));
        }

        @Override
        public void release(MouseEvent e) {
            var band = canvas.rubberBand();
            if (!band.isVisible()) {
                return;
            }
            band.setVisible(false);
            Point2D a = canvas.viewport().toWorld(band.getX(), band.getY());
            Point2D b = canvas.viewport().toWorld(band.getX() + band.getWidth(), band.getY() + band.getHeight());
            Set<String> hits = new LinkedHashSet<>(additive ? canvas.selection().selected() : Set.of());
            for (SiteSlot card : canvas.reconciler().slots()) {
                if (card.intersects(a.getX(), a.getY(), b.getX(), b.getY())) {
                    hits.add(ElementIds.site(card.siteId()));
                }
            }
            canvas.selection().selectAll(hits);
        }
    }

    /** Moves the view with the middle or right button (or space + drag). */
    private final class Pan implements Gesture {
        private double lastX;
        private double lastY;

        Pan(MouseEvent e) {
            lastX = e.getX();
            lastY = e.getY();
            canvas.setCursor(javafx.scene.Cursor.CLOSED_HAND);
        }

        @Override
        public void drag(MouseEvent e) {
            canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }

        @Override
        public void release(MouseEvent e) {
            canvas.setCursor(null);
        }
    }
}
