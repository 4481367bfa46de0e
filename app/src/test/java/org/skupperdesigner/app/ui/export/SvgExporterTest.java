package org.skupperdesigner.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.skupperdesigner.app.ui.palette.DesignTemplate;

class SvgExporterTest {

    @Test
    void drawsEverySiteLinkAndServiceAsWellFormedSvg() throws Exception {
        String svg = new SvgExporter().render(DesignTemplate.HUB_AND_SPOKE.build(), Map.of());
        assertThat(svg).startsWith("<svg").contains(">hub<", ">spoke-a<", ">store-edge<", "cost 1", "[database]",
                "marker-end=\"url(#arrow)\"");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
