package org.skupperdesigner.app.ui.export;

import java.io.IOException;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;

/** Writes the drawing (all sites, links and service lines, at 2x for crisp text) as a PNG. FX thread only. */
public final class CanvasImageExporter {

    /** Longest side of the image: a large design at 2x would otherwise need gigabytes of pixels. */
    static final double MAX_SIDE = 8192;

    public void writePng(Node drawing, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        double scale = scaleFor(drawing.getBoundsInParent());
        params.setTransform(Transform.scale(scale, scale));
        WritableImage image = drawing.snapshot(params, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** 2x, or less when that would make a side longer than {@link #MAX_SIDE} pixels. */
    static double scaleFor(Bounds bounds) {
        double longest = Math.max(bounds.getWidth(), bounds.getHeight());
        return longest <= 0 ? 2 : Math.min(2, MAX_SIDE / longest);
    }
}
