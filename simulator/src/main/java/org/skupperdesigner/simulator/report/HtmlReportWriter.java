package org.skupperdesigner.simulator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report as one self-contained HTML file: the page template, Chart.js (MIT, from its WebJar) and the
 * report data inlined, so it opens offline, in CI artifacts and in mail.
 */
public final class HtmlReportWriter {
    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final String TEMPLATE = "org/skupperdesigner/simulator/report/report.html";

    private final JsonReportWriter json = new JsonReportWriter();

    public String toHtml(SimulationReport report) {
        String template = resource(TEMPLATE);
        String data = json.toCompactJson(report)
                .replace("</", "<\\/")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
        return template
                .replace("/*@TITLE@*/", escape(report.name()))
                .replace("/*@CHART_JS@*/", resource(CHART_JS).replace("</script", "<\\/script"))
                .replace("/*@REPORT@*/", data);
    }

    public Path write(SimulationReport report, Path file) throws IOException {
        Files.writeString(file, toHtml(report), StandardCharsets.UTF_8);
        return file;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
