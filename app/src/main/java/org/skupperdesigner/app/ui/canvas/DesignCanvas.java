package org.skupperdesigner.app.ui.canvas;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
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

    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    /** Space between the minimap and the canvas's bottom and right edges. */
    private static final double MINIMAP_GAP = 14;
    /** Space kept between the design and what floats over the canvas's top edge. */
    private static final double OVERLAY_GAP = 12;

    private final DocumentModel document;
    private final SelectionModel selection;
    private final CanvasViewport viewport = new CanvasViewport();
    private final GridLayer grid = new GridLayer();
    private final SketchLayer sketch = new SketchLayer();
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
    private final DetailController detail;
    private final AnimationTimer buildTicker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // nodes near the view are still being built, a few per pulse: lay out (and build) again
            requestLayout();
        }
    };
    private final BooleanProperty showServiceLines = new SimpleBooleanProperty(this, "showServiceLines", true);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty runMode = new SimpleBooleanProperty(this, "runMode");
    private final ObjectProperty<CanvasHighlight> highlight =
            new SimpleObjectProperty<>(this, "highlight", CanvasHighlight.NONE);
    private final DoubleProperty topOverlay = new SimpleDoubleProperty(this, "topOverlay");
    private final CanvasStyles styles;
    private final WorldQueries queries;
    private boolean viewMoving;
    private final javafx.animation.PauseTransition viewSettled =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));

    public DesignCanvas(DocumentModel document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        this.styles = new CanvasStyles(selection, highlight::get);
        setId("design-canvas");
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        world.getTransforms().addAll(viewport.translate(), viewport.scale());
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setManaged(false);
        rubberBand.setMouseTransparent(true);
        reconciler = new CanvasReconciler(cardLayer, linkLayer, serviceLayer);
        reconciler.onBuilt(this::styleBuilt);
        queries = new WorldQueries(reconciler);
        detail = new DetailController(reconciler);
        minimap = new Minimap(this);
        getChildren().addAll(grid, sketch, world, rubberBand, minimap.shadowNode(), minimap, minimap.frameNode());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        showServiceLines.addListener(o -> requestLayout());

        viewport.zoomProperty().addListener(o -> viewChanged());
        viewport.panXProperty().addListener(o -> viewChanged());
        viewport.panYProperty().addListener(o -> viewChanged());
        document.networkProperty().addListener((obs, old, network) -> show(network));
        selection.selected().addListener((SetChangeListener<String>) change -> restyle());
        highlight.addListener(o -> restyle());
        highlight.addListener(o -> keepAnalysisClearOfTopOverlay());
        topOverlay.addListener(o -> keepAnalysisClearOfTopOverlay());
        decorations.setMouseTransparent(true);
        runMode.addListener((o, was, now) -> pseudoClassStateChanged(RUNNING, now));
        new CanvasGestures(this).install();
        viewSettled.setOnFinished(e -> {
            viewMoving = false;
            reconciler.cards().forEach(c -> c.setCacheHint(CacheHint.QUALITY));
            reconciler.links().forEach(l -> l.renderFromBitmap(false));
            reconciler.serviceLines().forEach(l -> l.drawSolid(false));
        });
        show(document.network());
    }

    private void show(Network network) {
        reconciler.reconcile(network);
        selection.retainExisting(network);
        restyle();
        minimap.redraw();
        requestLayout();
    }

    /** Styles a node the level of detail has just built like its peers. */
    private void styleBuilt(Node node) {
        if (node instanceof SiteCardView card) {
            styles.styleCard(card);
            if (viewMoving) {
                card.setCacheHint(CacheHint.SPEED);
            }
        } else if (node instanceof LinkView link) {
            styles.styleLink(link);
            link.renderFromBitmap(viewMoving);
        } else if (node instanceof ServiceLineView line) {
            styles.styleLine(line);
            line.drawSolid(viewMoving);
        }
    }

    /** A card moved by a gesture without a new snapshot (drag preview): the sketch and minimap follow. */
    void previewMoved() {
        reconciler.index().invalidate();
        requestLayout();
        minimap.redraw();
    }

    /**
     * While the view pans or zooms, cards and link cost labels render from cached bitmaps (fast, slightly soft) and
     * service lines are drawn without dashes; once it settles they are redrawn crisp and dashed. Keeps frame times low on large designs, also with the software pipeline
     * (text and drop shadows are expensive to rasterise there).
     */
    private void viewChanged() {
        if (!viewMoving) {
            viewMoving = true;
            reconciler.cards().forEach(c -> c.setCacheHint(CacheHint.SPEED));
            reconciler.links().forEach(l -> l.renderFromBitmap(true));
            reconciler.serviceLines().forEach(l -> l.drawSolid(true));
        }
        viewSettled.playFromStart();
        detail.unpinAll();
        requestLayout();
        minimap.viewMoved();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        grid.show(viewport, GRID, w, h);
        if (sketch.getWidth() != w || sketch.getHeight() != h) {
            sketch.setWidth(w);
            sketch.setHeight(h);
        }
        updateDetail();
        double mw = minimap.prefWidth(-1);
        double mh = minimap.prefHeight(-1);
        minimap.resizeRelocate(w - mw - MINIMAP_GAP, h - mh - MINIMAP_GAP, mw, mh);
        minimap.shadowNode().resizeRelocate(w - mw - MINIMAP_GAP, h - mh - MINIMAP_GAP, mw, mh);
        minimap.frameNode().relocate(w - mw - MINIMAP_GAP, h - mh - MINIMAP_GAP);
    }

    /**
     * Picks the level of detail for the view, builds or drops nodes near it and redraws the sketch layer. Runs in
     * every layout pass (each view move, edit or restyle), and on following pulses while nodes are still pending.
     */
    private void updateDetail() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean lines = showServiceLines.get();
        boolean pending = detail.update(viewport.visibleWorld(w, h), viewport.zoom(), lines, viewMoving);
        boolean full = detail.level() == DetailLevel.FULL;
        linkLayer.setVisible(full);
        cardLayer.setVisible(full);
        serviceLayer.setVisible(full && lines);
        sketch.redraw(viewport, detail.level(), reconciler, lines, styles);
        if (pending) {
            buildTicker.start();
        } else {
            buildTicker.stop();
        }
    }

    /** Applies selection and analysis styles to every built node; the sketch layer reads them when it draws. */
    private void restyle() {
        reconciler.cards().forEach(styles::styleCard);
        reconciler.links().forEach(styles::styleLink);
        reconciler.serviceLines().forEach(styles::styleLine);
        minimap.redraw();
        requestLayout();
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

    /** Zooms and pans so every site is visible, with what overlays draw beside them (status marks, run badges). */
    public void fitToContent() {
        Bounds cards = contentBounds();
        if (cards != null && getWidth() > 0 && getHeight() > 0) {
            // a first fit from the cards alone, so that the layout below (which brings what is drawn beside the
            // cards up to date) builds the level of detail of the fitted zoom: at the previous zoom it built full
            // cards that an opened large design, sketched when fitted, never shows
            fitView(cards);
        }
        applyCss();
        layout();
        if (detail.level() == DetailLevel.FULL) {
            // cards built by that layout were sized before any style reached them (a card read 70 px short): style
            // and lay them out again before reading their heights (a sketched view reads estimates anyway)
            applyCss();
            layout();
        }
        Bounds bounds = contentBounds(); // cards laid out since may differ from their estimates
        Bounds drawnBeside = decorations.getBoundsInLocal(); // world coordinates, like the cards; hidden nodes excluded
        if (bounds != null && !drawnBeside.isEmpty()) {
            double minX = Math.min(bounds.getMinX(), drawnBeside.getMinX());
            double minY = Math.min(bounds.getMinY(), drawnBeside.getMinY());
            bounds = new javafx.geometry.BoundingBox(minX, minY,
                    Math.max(bounds.getMaxX(), drawnBeside.getMaxX()) - minX,
                    Math.max(bounds.getMaxY(), drawnBeside.getMaxY()) - minY);
        }
        if (bounds != null) {
            fitView(bounds);
        }
    }

    /**
     * Fits the view to {@code world}, clear of the zoom controls below, of the minimap in its corner, and of what
     * floats over the top edge.
     */
    private void fitView(Bounds world) {
        double corner = MINIMAP_GAP;
        viewport.fit(world, getWidth(), getHeight(), 40, topMargin(), 110, minimap.prefWidth(-1) + corner,
                minimap.prefHeight(-1) + corner);
    }

    private double topMargin() {
        return Math.max(40, topOverlay.get() + OVERLAY_GAP);
    }

    /**
     * An analysis result's sites are moved down from under the top overlay (its banner) when they fit below it; a
     * view too full for that is left as it is (the user zooms out).
     */
    private void keepAnalysisClearOfTopOverlay() {
        CanvasHighlight shown = highlight.get();
        if (shown.isEmpty() || topOverlay.get() <= 0) {
            return;
        }
        Set<String> sites = new HashSet<>();
        shown.emphasized().forEach(id -> sites.addAll(sitesOf(id)));
        Bounds world = queries.boundsOfSites(sites);
        if (world == null) {
            return;
        }
        double top = viewport.toScreen(world.getMinX(), world.getMinY()).getY();
        double bottom = viewport.toScreen(world.getMaxX(), world.getMaxY()).getY();
        double shift = topOverlay.get() + OVERLAY_GAP - top;
        if (shift > 0 && bottom + shift <= getHeight() - OVERLAY_GAP) {
            viewport.panBy(0, shift);
        }
    }

    /**
     * Height, from the canvas's top edge, of what floats over it (the window's analysis banner; 0 when nothing
     * does): fitting keeps the design below it, and an analysis's sites are moved out from under it.
     */
    public DoubleProperty topOverlayProperty() {
        return topOverlay;
    }

    /** Bounds of all cards in world coordinates, or null when there are none. */
    Bounds contentBounds() {
        return queries.contentBounds();
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

    /** The centre of an element's card, or of the middle of a link between its two cards; null when not drawn. */
    private Point2D worldCenterOf(String elementId) {
        List<SiteSlot> slots = sitesOf(elementId).stream().map(reconciler::slot).toList();
        if (slots.isEmpty() || slots.contains(null)) {
            return null;
        }
        return new Point2D(slots.stream().mapToDouble(SiteSlot::centerX).average().orElseThrow(),
                slots.stream().mapToDouble(SiteSlot::centerY).average().orElseThrow());
    }

    /** The site an element is drawn on, or both ends of a link (none for an unknown link or the network). */
    private List<String> sitesOf(String elementId) {
        if (ElementIds.isLink(elementId)) {
            return document.network().link(elementId.substring(ElementIds.LINK_PREFIX.length()))
                    .map(link -> List.of(link.fromSite(), link.toSite())).orElse(List.of());
        }
        String siteId = ElementIds.siteOf(elementId);
        return siteId == null ? List.of() : List.of(siteId);
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
                    if (queries.isFree(x, y)) {
                        return new Position(x, y);
                    }
                }
            }
        }
        return new Position(x0, y0);
    }

    /** The id of the site whose card contains the world point, or null. */
    public String siteAt(Point2D world) {
        return queries.siteAt(world);
    }

    /** The id of the link drawn within a few screen pixels of the world point, or null. */
    String linkAt(Point2D world) {
        return queries.linkAt(world, 6 / viewport.zoom());
    }

    double snap(double value) {
        return snapToGrid.get() ? Math.round(value / GRID) * GRID : value;
    }

    /**
     * The world node that holds everything drawn (for PNG export). Builds every card, link and service line node
     * first, so the snapshot shows the whole design; the level of detail takes over again at the next view move.
     */
    public Node drawing() {
        detail.buildEverything();
        detail.forceFull();
        // an export right after a scroll shows the lines as they look at rest
        reconciler.serviceLines().forEach(l -> l.drawSolid(false));
        linkLayer.setVisible(true);
        cardLayer.setVisible(true);
        serviceLayer.setVisible(showServiceLines.get());
        content.applyCss();
        content.layout();
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

    DetailController detail() {
        return detail;
    }

    SketchLayer sketch() {
        return sketch;
    }

    /** The level of detail the canvas draws at now. */
    DetailLevel detailLevel() {
        return detail.level();
    }

    /** Whether the canvas draws a sketch now (a large design zoomed out) rather than full cards. */
    public boolean isSketched() {
        return detail.level() == DetailLevel.SKETCH;
    }

    /**
     * The card of a site, built (and laid out) on demand when the level of detail has not built it; null for an
     * unknown site. A card built on demand stays until the view moves; then, if it is far from the view, it is
     * dropped like any other, so do not keep it.
     */
    public SiteCardView card(String siteId) {
        SiteSlot slot = reconciler.slot(siteId);
        if (slot == null) {
            return null;
        }
        if (!slot.isMaterialized()) {
            detail.pin(slot);
            SiteCardView card = reconciler.materialize(slot);
            card.applyCss();
            card.autosize();
            card.layout();
        }
        return slot.view();
    }

    /** Sites on the canvas (each has a card, drawn in full or sketched). */
    public int cardCount() {
        return reconciler.slots().size();
    }

    /** Links on the canvas. */
    public int linkCount() {
        return reconciler.linkModels().size();
    }

    /** Routing-key pairings on the canvas (drawn when service lines are shown). */
    public int serviceLineCount() {
        return reconciler.pairings().size();
    }

    /** Ids of the sites on the canvas. */
    public Set<String> cardIds() {
        return Set.copyOf(reconciler.slots().stream().map(SiteSlot::siteId).toList());
    }

    /** Ids of the sites whose card nodes are built now (the rest are sketched or off screen). */
    public Set<String> builtCardIds() {
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
        if (view != null) {
            return new Point2D[] {view.start(), view.end()};
        }
        NetworkLink link = reconciler.linkModels().get(linkId);
        SiteSlot from = link == null ? null : reconciler.slot(link.fromSite());
        SiteSlot to = link == null ? null : reconciler.slot(link.toSite());
        return from == null || to == null ? null : CardGeometry.linkEnds(from, to);
    }

    /** A site card's bounds in world coordinates, or null. */
    public Bounds siteBounds(String siteId) {
        SiteSlot slot = reconciler.slot(siteId);
        return slot == null ? null : slot.bounds();
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
