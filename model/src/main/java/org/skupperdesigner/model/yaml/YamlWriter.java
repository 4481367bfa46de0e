package org.skupperdesigner.model.yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Writes plain values as readable, deterministic YAML: key order as given, minimal quoting, strings that look like
 * numbers or booleans quoted, multi-line strings (PEM blocks) as literal blocks, {@code ---} between documents.
 */
public final class YamlWriter {

    private final ObjectMapper mapper;

    public YamlWriter() {
        YAMLFactory factory = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build();
        mapper = new ObjectMapper(factory);
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /** One document, without a leading {@code ---}. */
    public String write(Object document) {
        return writeAll(List.of(document)).replaceFirst("^---\n", "");
    }

    /** Several documents, each starting with {@code ---}. */
    public String writeAll(List<?> documents) {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = mapper.writer().writeValues(out)) {
            for (Object document : documents) {
                writer.write(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write YAML", e);
        }
        return out.toString();
    }
}
