package org.skupperdesigner.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.exporters.bundle.ExportFormat;

class CanvasImageExporterTest {

    @Test
    void exportsAtTwiceTheSizeUnlessThatWouldBeHuge() {
        assertThat(CanvasImageExporter.scaleFor(new BoundingBox(0, 0, 900, 400))).isEqualTo(2);
        assertThat(CanvasImageExporter.scaleFor(new BoundingBox(0, 0, 16384, 2000))).isEqualTo(0.5);
        assertThat(CanvasImageExporter.scaleFor(new BoundingBox(0, 0, 0, 0))).isEqualTo(2);
    }

    @Test
    void theExportPreviewListsWhatEachFormatWrites() {
        var network = DesignTemplate.HELLO_WORLD.build();
        assertThat(ExportDialog.preview(network, ExportFormat.FOLDERS)).hasSize(3).first().asString()
                .startsWith("west/");
        assertThat(ExportDialog.preview(network, ExportFormat.YAML)).extracting(s -> s.split(" ")[0])
                .containsExactly("west.yaml", "east.yaml");
        assertThat(ExportDialog.preview(network, ExportFormat.CLI)).singleElement().asString()
                .startsWith("create-network.sh");
    }
}
