package org.skupperdesigner.app.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.stage.Window;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.canvas.DesignCanvas;
import org.skupperdesigner.app.ui.file.FileRequest;
import org.skupperdesigner.model.diagnostic.IoFailures;

/** File > Export Canvas as PNG / SVG: asks for a file, writes it, and says why when it cannot. FX thread. */
public final class CanvasExportActions {

    private final DesignerContext context;
    private final DesignCanvas canvas;
    private final Window owner;

    public CanvasExportActions(DesignerContext context, DesignCanvas canvas, Window owner) {
        this.context = context;
        this.canvas = canvas;
        this.owner = owner;
    }

    public void exportPng() {
        choose("PNG image", ".png").ifPresent(file -> write(file, () ->
                new CanvasImageExporter().writePng(canvas.drawing(), file)));
    }

    public void exportSvg() {
        choose("SVG image", ".svg").ifPresent(file -> write(file, () ->
                Files.writeString(file, svg(), StandardCharsets.UTF_8)));
    }

    /** The SVG of the current canvas (card heights as laid out on screen). */
    public String svg() {
        Map<String, Double> heights = new HashMap<>();
        for (String id : canvas.cardIds()) {
            heights.put(id, canvas.siteBounds(id).getHeight());
        }
        return new SvgExporter().render(context.document().network(), heights);
    }

    private java.util.Optional<Path> choose(String description, String suffix) {
        if (context.document().network().sites().isEmpty()) {
            context.prompts().info(owner, "Nothing to export", "The design has no sites yet. Add a site from the "
                    + "palette, then export the canvas.");
            return java.util.Optional.empty();
        }
        Path dir = context.document().file() == null ? null : context.document().file().toAbsolutePath().getParent();
        FileRequest request = new FileRequest("Export canvas as " + description, description,
                List.of("*" + suffix), suffix, dir, context.document().network().name() + suffix);
        return context.fileDialogs().chooseSave(owner, request).map(request::withSuffix);
    }

    private interface Writer {
        void write() throws IOException;
    }

    private void write(Path file, Writer writer) {
        try {
            writer.write();
        } catch (IOException | RuntimeException e) {
            context.prompts().error(owner, "Could not export " + file.getFileName(), IoFailures.describe(e, file)
                    + "\n\nChoose a folder you can write to and export again.");
        }
    }
}
