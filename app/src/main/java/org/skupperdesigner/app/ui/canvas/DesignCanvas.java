package org.skupperdesigner.app.ui.canvas;

import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.Position;

/**
 * The drawing surface: a dotted grid, the world (links, service lines, site cards) under one pan/zoom transform, a
 * rubber band and a minimap. It reconciles itself against every new snapshot of the document and never edits the
 * network itself except through {@link DocumentModel#apply} at the end of a gesture.
 */
public final class DesignCanvas extends Region {

    public static final double GRID = 20;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass EMPHASIZED = PseudoClass.getPseudoClass("emphasized");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    private final DocumentModel document;
    private final SelectionModel selection;
    private final CanvasViewport viewport = new CanvasViewport();
    private final GridLayer grid = new GridLayer();
    private final Group linkLayer = new Group();
    private final Group serviceLayer = new Group();
    private final Group cardLayer = new Group();
    private final Group overlay = new Group();
    private final Group decorations = new Group();
    private final Group content = new Group(linkLayer, serviceLayer, cardLayer, decorations, overlay);
    private final Group world = new Group(content);
    private final Rectangle rubberBand = new Rectangle();
    private final Minimap minimap;
    private final CanvasReconciler reconciler;
    private final BooleanProperty showServiceLines = new SimpleBooleanProperty(this, "showServiceLines", true);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty runMode = new SimpleBooleanProperty(this, "runMode");
    private final ObjectProperty<CanvasHighlight> highlight =
            new SimpleObjectProperty<>(this, "highlight", CanvasHighlight.NONE);
    private boolean gridDirty = true;
    private boolean viewMoving;
    private final javafx.animation.PauseTransition viewSettled =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));

    public DesignCanvas(DocumentModel document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        setId("design-canvas");
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        world.getTransforms().addAll(viewport.translate(), viewport.scale());
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setManaged(false);
        rubberBand.setMouseTransparent(true);
        reconciler = new CanvasReconciler(cardLayer, linkLayer, serviceLayer);
        minimap = new Minimap(this);
        getChildren().addAll(grid, world, rubberBand, minimap);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        serviceLayer.visibleProperty().bind(showServiceLines);

        viewport.zoomProperty().addListener(o -> viewChanged());
        viewport.panXProperty().addListener(o -> viewChanged());
        viewport.panYProperty().addListener(o -> viewChanged());
        document.networkProperty().addListener((obs, old, network) -> show(network));
        selection.selected().addListener((SetChangeListener<String>) change -> restyle());
        highlight.addListener(o -> restyle());
        decorations.setMouseTransparent(true);
        runMode.addListener((o, was, now) -> pseudoClassStateChanged(RUNNING, now));
        new CanvasGestures(this).install();
        viewSettled.setOnFinished(e -> {
            viewMoving = false;
            reconciler.cards().forEach(c -> c.setCacheHint(javafx.scene.CacheHint.QUALITY));
        });
        show(document.network());
    }

    private void show(Network network) {
        reconciler.reconcile(network);
        selection.retainExisting(network);
        restyle();
        minimap.redraw();
    }

    /**
     * While the view pans or zooms, cards render from cached bitmaps (fast, slightly soft); once it settles they are
     * redrawn crisp. Keeps frame times low on large designs, also with the software pipeline.
     */
    private void viewChanged() {
        if (!viewMoving) {
            viewMoving = true;
            reconciler.cards().forEach(c -> c.setCacheHint(javafx.scene.CacheHint.SPEED));
        }
        viewSettled.playFromStart();
        gridDirty = true;
        requestLayout();
        minimap.redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (grid.getWidth() != w || grid.getHeight() != h) {
            grid.setWidth(w);
            grid.setHeight(h);
            gridDirty = true;
        }
        if (gridDirty) {
            grid.redraw(viewport, GRID);
            gridDirty = false;
        }
        double mw = minimap.prefWidth(-1);
        double mh = minimap.prefHeight(-1);
        minimap.resizeRelocate(w - mw - 14, h - mh - 14, mw, mh);
    }

    /** Applies selection and analysis styles to every view node. */
    private void restyle() {
        CanvasHighlight hl = highlight.get();
        for (SiteCardView card : reconciler.cards()) {
            String id = ElementIds.site(card.siteId());
            style(card, id, hl);
            for (ResourceRow row : card.resourceRows()) {
                style(row, row.elementId(), hl);
            }
        }
        for (LinkView link : reconciler.links()) {
            style(link, "link/" + link.link().id(), hl);
        }
        for (ServiceLineView line : reconciler.serviceLines()) {
            line.pseudoClassStateChanged(EMPHASIZED, hl.emphasized().contains(line.listenerId())
                    && hl.emphasized().contains(line.connectorId()));
            line.pseudoClassStateChanged(DIMMED, !hl.isEmpty() && (hl.dimmed().contains(line.connectorId())
                    || hl.dimmed().contains(line.listenerId()) || !hl.emphasized().isEmpty()
                    && !hl.emphasized().contains(line.connectorId())));
        }
        minimap.redraw();
    }

    private void style(Node node, String id, CanvasHighlight hl) {
        node.pseudoClassStateChanged(SELECTED, selection.isSelected(id));
        node.pseudoClassStateChanged(EMPHASIZED, hl.emphasized().contains(id));
        node.pseudoClassStateChanged(DIMMED, hl.dimmed().contains(id));
    }

    // ---- view operations -------------------------------------------------------------------------------------

    public void zoomIn() {
        viewport.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public void resetZoom() {
        viewport.zoomAt(1 / viewport.zoom(), getWidth() / 2, getHeight() / 2);
    }

    /** Zooms and pans so every site is visible. */
    public void fitToContent() {
        applyCss();
        layout();
        Bounds bounds = contentBounds();
        if (bounds != null) {
            viewport.fit(bounds, getWidth(), getHeight(), 40, 110);
        }
    }

    /** Bounds of all cards in world coordinates, or null when there are none. */
    Bounds contentBounds() {
        if (reconciler.cards().isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (SiteCardView card : reconciler.cards()) {
            minX = Math.min(minX, card.worldX());
            minY = Math.min(minY, card.worldY());
            maxX = Math.max(maxX, card.worldX() + SiteCardView.WIDTH);
            maxY = Math.max(maxY, card.worldY() + Math.max(card.getHeight(), 80));
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Scrolls the element into view (zooming in when it would be too small to read). */
    public void reveal(String elementId) {
        Point2D target = worldCenterOf(elementId);
        if (target == null) {
            return;
        }
        if (viewport.zoom() < 0.6) {
            viewport.zoomProperty().set(1.0);
        }
        viewport.centerOn(target.getX(), target.getY(), getWidth(), getHeight());
    }

    private Point2D worldCenterOf(String elementId) {
        if (ElementIds.isLink(elementId)) {
            NetworkLink link = document.network().link(elementId.substring(ElementIds.LINK_PREFIX.length()))
                    .orElse(null);
            SiteCardView a = link == null ? null : reconciler.card(link.fromSite());
            SiteCardView b = link == null ? null : reconciler.card(link.toSite());
            return a == null || b == null ? null
                    : new Point2D((a.centerX() + b.centerX()) / 2, (a.centerY() + b.centerY()) / 2);
        }
        String siteId = ElementIds.siteOf(elementId);
        SiteCardView card = siteId == null ? null : reconciler.card(siteId);
        return card == null ? null : new Point2D(card.centerX(), card.centerY());
    }

    /** Where to drop a new site: near the centre of the view, snapped, on a spot no card covers yet. */
    public Position freeSpotNearCenter() {
        Point2D c = viewport.toWorld(getWidth() / 2, getHeight() / 2);
        double x0 = snap(c.getX() - SiteCardView.WIDTH / 2);
        double y0 = snap(c.getY() - 60);
        double stepX = SiteCardView.WIDTH + 80;
        double stepY = 200;
        for (int ring = 0; ring < 12; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    double x = x0 + dx * stepX;
                    double y = y0 + dy * stepY;
                    if (isFree(x, y)) {
                        return new Position(x, y);
                    }
                }
            }
        }
        return new Position(x0, y0);
    }

    private boolean isFree(double x, double y) {
        for (SiteCardView card : reconciler.cards()) {
            double h = Math.max(card.getHeight(), 140);
            if (x < card.worldX() + SiteCardView.WIDTH + 40 && x + SiteCardView.WIDTH + 40 > card.worldX()
                    && y < card.worldY() + h + 30 && y + 170 > card.worldY()) {
                return false;
            }
        }
        return true;
    }

    /** The id of the site whose card contains the world point, or null. */
    public String siteAt(Point2D world) {
        for (SiteCardView card : reconciler.cards()) {
            if (world.getX() >= card.worldX() && world.getX() <= card.worldX() + SiteCardView.WIDTH
                    && world.getY() >= card.worldY() && world.getY() <= card.worldY() + card.getHeight()) {
                return card.siteId();
            }
        }
        return null;
    }

    double snap(double value) {
        return snapToGrid.get() ? Math.round(value / GRID) * GRID : value;
    }

    /** The world node that holds everything drawn (for PNG export). */
    public Node drawing() {
        return content;
    }

    // ---- accessors for gestures, minimap and tests -----------------------------------------------------------

    public CanvasViewport viewport() {
        return viewport;
    }

    DocumentModel document() {
        return document;
    }

    SelectionModel selection() {
        return selection;
    }

    CanvasReconciler reconciler() {
        return reconciler;
    }

    Group overlay() {
        return overlay;
    }

    Rectangle rubberBand() {
        return rubberBand;
    }

    Minimap minimap() {
        return minimap;
    }

    public SiteCardView card(String siteId) {
        return reconciler.card(siteId);
    }

    public int cardCount() {
        return reconciler.cards().size();
    }

    public int linkCount() {
        return reconciler.links().size();
    }

    public int serviceLineCount() {
        return reconciler.serviceLines().size();
    }

    public Set<String> cardIds() {
        return Set.copyOf(reconciler.cards().stream().map(SiteCardView::siteId).toList());
    }

    public BooleanProperty showServiceLinesProperty() {
        return showServiceLines;
    }

    /** Run mode: sites cannot be moved or linked by gestures (selection, pan and zoom still work). */
    public BooleanProperty runModeProperty() {
        return runMode;
    }

    /**
     * A layer above the cards, in world coordinates and mouse-transparent, for other features to draw on (live
     * traffic, apply status). The canvas never touches its children.
     */
    public Group decorations() {
        return decorations;
    }

    /** A link's drawn start (dialling site) and end (accepting site) in world coordinates, or null. */
    public Point2D[] linkEnds(String linkId) {
        LinkView view = reconciler.link(linkId);
        return view == null ? null : new Point2D[] {view.start(), view.end()};
    }

    /** A site card's bounds in world coordinates, or null. */
    public Bounds siteBounds(String siteId) {
        SiteCardView card = reconciler.card(siteId);
        return card == null ? null : new BoundingBox(card.worldX(), card.worldY(), SiteCardView.WIDTH,
                card.getHeight());
    }

    /** A resource row's bounds ({@code <siteId>/<Kind>/<name>}) in world coordinates, or null when not drawn. */
    public Bounds resourceBounds(String elementId) {
        String siteId = org.skupperdesigner.model.network.ElementIds.siteOf(elementId);
        SiteCardView card = siteId == null ? null : reconciler.card(siteId);
        ResourceRow row = card == null ? null : card.row(elementId);
        return row == null ? null : decorations.sceneToLocal(row.localToScene(row.getLayoutBounds()));
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public ObjectProperty<CanvasHighlight> highlightProperty() {
        return highlight;
    }
}
