package org.skupperdesigner.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.skupperdesigner.app.ui.analysis.AnalysisController;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.canvas.SiteCardView;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.EditActions;
import org.skupperdesigner.app.ui.commands.NetworkEdits;
import org.skupperdesigner.app.ui.export.CanvasImageExporter;
import org.skupperdesigner.app.ui.export.ExportDialog;
import org.skupperdesigner.app.ui.export.SvgExporter;
import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.layout.AutoLayout;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.app.ui.palette.PaletteActions;
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

    public DesignerActions(DesignerContext context, DesignCanvas canvas, FileActions files,
                           AnalysisController analysis, Window owner) {
        this.context = context;
        this.canvas = canvas;
        this.files = files;
        this.analysis = analysis;
        this.owner = owner;
        this.edits = new EditActions(context.document(), context.selection(), SiteCardView.WIDTH);
        this.hasSite = Bindings.createBooleanBinding(() -> siteOfSelection() != null,
                context.selection().primaryProperty(), context.document().networkProperty());
    }

    public FileActions files() {
        return files;
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

    public void addSiteAt(Platform platform, Position position) {
        String id = NetworkEdits.nextSiteId(document().network(), platform);
        if (document().apply(NetworkEdits.addSite(platform, position))) {
            context.selection().select(ElementIds.site(id));
        }
    }

    @Override
    public void addListener() {
        addResourceTo(siteOfSelection(), true);
    }

    @Override
    public void addConnector() {
        addResourceTo(siteOfSelection(), false);
    }

    /** Adds a listener or connector to a site and selects it, so its routing key can be typed at once. */
    public void addResourceTo(String siteId, boolean listener) {
        if (siteId == null) {
            return;
        }
        NetworkSite before = document().network().site(siteId).orElseThrow();
        document().apply(listener ? NetworkEdits.addListener(siteId) : NetworkEdits.addConnector(siteId));
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
        new ExportDialog().show(owner, document().network(), base);
    }

    public void exportPng() {
        Path file = chooseImage("PNG image", "*.png", ".png");
        if (file != null) {
            try {
                new CanvasImageExporter().writePng(canvas.drawing(), file);
            } catch (IOException | RuntimeException e) {
                info("Export failed", e.getMessage());
            }
        }
    }

    public void exportSvg() {
        Path file = chooseImage("SVG image", "*.svg", ".svg");
        if (file != null) {
            try {
                Files.writeString(file, svg(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                info("Export failed", e.getMessage());
            }
        }
    }

    /** The SVG of the current canvas (card heights as laid out on screen). */
    public String svg() {
        Map<String, Double> heights = new HashMap<>();
        for (String id : canvas.cardIds()) {
            heights.put(id, canvas.siteBounds(id).getHeight());
        }
        return new SvgExporter().render(document().network(), heights);
    }

    private Path chooseImage(String description, String pattern, String suffix) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export canvas as " + description);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(document().network().name() + suffix);
        java.io.File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(title);
        alert.initOwner(owner);
        alert.showAndWait();
    }
}
