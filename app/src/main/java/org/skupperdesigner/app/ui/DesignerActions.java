package org.skupperdesigner.app.ui;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Window;

import org.skupperdesigner.app.ui.analysis.AnalysisController;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.canvas.SiteCardView;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.EditActions;
import org.skupperdesigner.app.ui.commands.NetworkEdits;
import org.skupperdesigner.app.ui.export.CanvasExportActions;
import org.skupperdesigner.app.ui.export.ExportDialog;
import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.layout.AutoLayout;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.PaletteActions;
import org.skupperdesigner.app.ui.palette.ServiceKind;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

/**
 * Every command of the window in one place, so the menu bar, the toolbar, the palette, shortcuts and tests all call
 * the same code.
 */
public final class DesignerActions implements PaletteActions {

    private final DesignerContext context;
    private final DesignCanvas canvas;
    private final FileActions files;
    private final EditActions edits;
    private final AnalysisController analysis;
    private final AutoLayout autoLayout = new AutoLayout();
    private final ObservableBooleanValue hasSite;
    private final Window owner;
    private org.skupperdesigner.app.ui.importer.ClusterImportDialog clusterImport;
    private final CanvasExportActions canvasExports;

    public DesignerActions(DesignerContext context, DesignCanvas canvas, FileActions files,
                           AnalysisController analysis, Window owner) {
        this.context = context;
        this.canvas = canvas;
        this.files = files;
        this.analysis = analysis;
        this.owner = owner;
        this.edits = new EditActions(context.document(), context.selection(), SiteCardView.WIDTH);
        this.canvasExports = new CanvasExportActions(context, canvas, owner);
        this.hasSite = Bindings.createBooleanBinding(() -> siteOfSelection() != null,
                context.selection().primaryProperty(), context.document().networkProperty());
    }

    public FileActions files() {
        return files;
    }

    /** File > Import from Cluster: reads a live network into a new, unsaved design (the dialog is kept per window). */
    public void importFromCluster() {
        if (clusterImport == null) {
            clusterImport = new org.skupperdesigner.app.ui.importer.ClusterImportDialog(owner, context.executors(),
                    this::openImported);
        }
        clusterImport.show();
    }

    /** The Import from Cluster dialog, once opened (tests). */
    public org.skupperdesigner.app.ui.importer.ClusterImportDialog clusterImport() {
        return clusterImport;
    }

    /** Opens a design read from clusters as a new unsaved document, after the usual question about unsaved work. */
    private boolean openImported(org.skupperdesigner.model.load.LoadedNetwork loaded) {
        if (!files.confirmDiscard()) {
            return false;
        }
        context.selection().clear();
        document().importDocument(loaded.network());
        context.problems().setLoadProblems(loaded.diagnostics());
        canvas.fitToContent();
        return true;
    }

    public EditActions edits() {
        return edits;
    }

    public AnalysisController analysis() {
        return analysis;
    }

    private DocumentModel document() {
        return context.document();
    }

    // ---- palette ---------------------------------------------------------------------------------------------

    @Override
    public void addSite(Platform platform) {
        addSiteAt(platform, canvas.freeSpotNearCenter());
    }

    @Override
    public void addSiteAt(Platform platform, Position position) {
        String id = NetworkEdits.nextSiteId(document().network(), platform);
        if (document().apply(NetworkEdits.addSite(platform, position))) {
            context.selection().select(ElementIds.site(id));
        }
    }

    @Override
    public void addListener() {
        addToSelectedSite(ServiceKind.LISTENER);
    }

    @Override
    public void addConnector() {
        addToSelectedSite(ServiceKind.CONNECTOR);
    }

    @Override
    public void addMultiKeyListener() {
        addToSelectedSite(ServiceKind.MULTI_KEY_LISTENER);
    }

    private void addToSelectedSite(ServiceKind kind) {
        if (siteOfSelection() == null) {
            context.prompts().info(owner, "Which site gets the " + kind.noun() + "?", "Select a site first, or drag "
                    + "the tile from the palette onto a site card.");
            return;
        }
        addResourceTo(siteOfSelection(), kind);
    }

    /** Adds a listener, connector or multi-key listener to a site and selects it, so its keys can be typed at once. */
    @Override
    public void addResourceTo(String siteId, ServiceKind kind) {
        if (siteId == null) {
            return;
        }
        NetworkSite before = document().network().site(siteId).orElseThrow();
        document().apply(switch (kind) {
            case LISTENER -> NetworkEdits.addListener(siteId);
            case CONNECTOR -> NetworkEdits.addConnector(siteId);
            case MULTI_KEY_LISTENER -> NetworkEdits.addMultiKeyListener(siteId);
        });
        document().network().site(siteId).ifPresent(after -> after.resources().stream()
                .filter(r -> !before.resources().contains(r)).findFirst()
                .ifPresent(r -> context.selection().select(after.elementId(r))));
    }

    @Override
    public void insertTemplate(DesignTemplate template) {
        Network t = template.build();
        Network current = document().network();
        if (current.sites().isEmpty()) {
            document().apply(new org.skupperdesigner.app.ui.commands.Edit("Insert " + template.title(),
                    n -> t.withNotes(n.notes().isEmpty() ? t.notes() : n.notes())
                            .withName("untitled".equals(n.name()) ? t.name() : n.name())));
        } else {
            double maxY = current.sites().stream().mapToDouble(s -> s.position().y()).max().orElse(0);
            double minX = current.sites().stream().mapToDouble(s -> s.position().x()).min().orElse(0);
            double tMinX = t.sites().stream().mapToDouble(s -> s.position().x()).min().orElse(0);
            double tMinY = t.sites().stream().mapToDouble(s -> s.position().y()).min().orElse(0);
            document().apply(NetworkEdits.pasteSites(t.sites(), t.links(), minX - tMinX, maxY + 320 - tMinY));
        }
        canvas.fitToContent();
    }

    @Override
    public void insertTemplateAt(DesignTemplate template, Position topLeft) {
        Network t = template.build();
        double tMinX = t.sites().stream().mapToDouble(s -> s.position().x()).min().orElse(0);
        double tMinY = t.sites().stream().mapToDouble(s -> s.position().y()).min().orElse(0);
        org.skupperdesigner.app.ui.commands.Edit paste = NetworkEdits.pasteSites(t.sites(), t.links(),
                topLeft.x() - tMinX, topLeft.y() - tMinY);
        // into an empty, untitled design the template also brings its name and notes, as a click does
        document().apply(new org.skupperdesigner.app.ui.commands.Edit("Insert " + template.title(), n -> {
            Network pasted = paste.change().apply(n);
            return n.sites().isEmpty() && "untitled".equals(n.name())
                    ? pasted.withName(t.name()).withNotes(n.notes().isEmpty() ? t.notes() : n.notes()) : pasted;
        }));
    }

    @Override
    public ObservableBooleanValue hasSiteSelected() {
        return hasSite;
    }

    /** The site of the primary selection (a site, or the site owning a selected resource), or null. */
    public String siteOfSelection() {
        String primary = context.selection().primary();
        String siteId = primary == null ? null : ElementIds.siteOf(primary);
        return siteId != null && document().network().site(siteId).isPresent() ? siteId : null;
    }

    // ---- edit and view ---------------------------------------------------------------------------------------

    public void undo() {
        document().undo();
    }

    public void redo() {
        document().redo();
    }

    public void autoLayout(AutoLayout.Kind kind) {
        Network snapshot = document().network();
        context.executors().submit(() -> autoLayout.layout(snapshot, kind), positions -> {
            document().apply(new org.skupperdesigner.app.ui.commands.Edit("Auto layout",
                    NetworkEdits.moveSites(positions).change()));
            canvas.fitToContent();
        });
    }

    public void whatIf() {
        if (!analysis.whatIfSelectedFails()) {
            info("What if this fails", "Select a site or a link first.");
        }
    }

    public void exportYaml() {
        Path base = document().file() != null && document().file().toAbsolutePath().getParent() != null
                ? document().file().toAbsolutePath().getParent().resolve(document().network().name() + "-export")
                : Path.of(document().network().name() + "-export");
        new ExportDialog(context).show(owner, document().network(), document().file(), base);
    }

    public void exportPng() {
        canvasExports.exportPng();
    }

    public void exportSvg() {
        canvasExports.exportSvg();
    }

    /** The SVG of the current canvas (card heights as laid out on screen). */
    public String svg() {
        return canvasExports.svg();
    }

    private void info(String title, String text) {
        context.prompts().info(owner, title, text);
    }
}
