package org.skupperdesigner.simulator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report as indented JSON (the machine-readable twin of the HTML report). */
public final class JsonReportWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson(SimulationReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    /** Compact JSON, for embedding. */
    public String toCompactJson(SimulationReport report) {
        try {
            return new ObjectMapper().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    public Path write(SimulationReport report, Path file) throws IOException {
        Files.writeString(file, toJson(report) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
