package org.skupperdesigner.model.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML stream into {@link YamlDocument}s with a source position for every value.
 *
 * <p>Uses SnakeYAML's node graph (the parser under Jackson YAML) because it keeps line and column for every node;
 * Jackson's tree does not. The stream is cut at {@code ---} lines first and each document is parsed on its own, so
 * one broken document never hides the good ones next to it (see {@code docs/decisions/0004}).
 */
public final class YamlDocumentReader {

    /** Larger inputs are refused with a clear message rather than risking the designer's memory. */
    public static final int MAX_CHARS = 32 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    public List<YamlDocument> read(String file, String text, List<Diagnostic> problems) {
        if (text.length() > MAX_CHARS) {
            problems.add(Diagnostic.error("yaml.too-large",
                    "file is " + (text.length() / (1024 * 1024)) + " MB; files over " + (MAX_CHARS / (1024 * 1024))
                            + " MB are not read",
                    "split it into one file per site", SourceLocation.ofFile(file)));
            return List.of();
        }
        if (text.indexOf('\0') >= 0) {
            int line = lineOf(text, text.indexOf('\0'));
            problems.add(Diagnostic.error("yaml.binary", "file contains binary data (a NUL byte), not YAML",
                    "check that this is the YAML file you meant", new SourceLocation(file, line, 0)));
            return List.of();
        }
        List<YamlDocument> documents = new ArrayList<>();
        Yaml yaml = newYaml(); // one per stream: building it costs more than composing a small document
        int index = 0;
        for (DocumentChunk chunk : DocumentChunk.split(text)) {
            if (chunk.isBlank()) {
                continue;
            }
            YamlDocument doc = parse(yaml, file, index, chunk, problems);
            if (doc != null && doc.value() != null) {
                documents.add(doc);
            }
            index++;
        }
        return documents;
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    private YamlDocument parse(Yaml yaml, String file, int index, DocumentChunk chunk, List<Diagnostic> problems) {
        try {
            Node root = yaml.compose(new StringReader(chunk.text()));
            if (root == null) {
                return null;
            }
            Map<String, SourceLocation> locations = new LinkedHashMap<>();
            NodeConverter converter = new NodeConverter(file, chunk.firstLine(), maxValues(chunk), locations,
                    problems);
            Object value = converter.convert(root, "", 0);
            return converter.failed() ? null : new YamlDocument(file, index, value, Collections.unmodifiableMap(locations));
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(file, chunk.firstLine(), e));
            return null;
        } catch (ReaderException e) {
            problems.add(forbiddenCharacter(file, chunk, e.getCodePoint()));
            return null;
        } catch (YAMLException | StackOverflowError e) {
            problems.add(Diagnostic.error("yaml.syntax", "cannot read document " + (index + 1) + ": "
                            + firstLine(e.getMessage()), "fix the YAML syntax",
                    new SourceLocation(file, chunk.firstLine() + 1, 0)));
            return null;
        }
    }

    /**
     * Without aliases a document cannot hold more values than it has characters; aliases may repeat parts of it, but
     * not without bound: 50 aliases that each double the one before (a "billion laughs" bomb that stays under
     * SnakeYAML's alias limit) would otherwise expand to 2^50 values.
     */
    private static long maxValues(DocumentChunk chunk) {
        return 10_000L + 2L * chunk.text().length();
    }

    private static Diagnostic syntaxError(String file, int lineOffset, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        Mark contextMark = e.getContextMark();
        // A quote or bracket left open is reported at the end of the document; where it was opened helps more.
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        Mark mark = e.getProblemMark() == null || (atEnd && contextMark != null) ? contextMark : e.getProblemMark();
        int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        String context = e.getContext() == null ? "" : " " + e.getContext();
        if (contextMark != null && mark != contextMark && contextMark.getLine() != mark.getLine()) {
            context += " started at line " + (contextMark.getLine() + 1 + lineOffset);
        }
        String hint = problem.contains("\\t") || problem.contains("'\t'") || problem.contains("TAB")
                ? "YAML does not allow tabs for indentation; indent with spaces"
                : "fix the YAML syntax at this position";
        return Diagnostic.error("yaml.syntax", "YAML syntax error: " + problem.trim() + context, hint,
                new SourceLocation(file, line, column));
    }

    /** SnakeYAML refuses non-printable characters; say which one and where, not just "special characters". */
    private static Diagnostic forbiddenCharacter(String file, DocumentChunk chunk, int codePoint) {
        String text = chunk.text();
        int offset = text.indexOf(Character.toString(codePoint));
        int line = offset < 0 ? chunk.firstLine() + 1 : chunk.firstLine() + lineOf(text, offset);
        int column = offset < 0 ? 0 : offset - text.lastIndexOf('\n', offset - 1);
        return Diagnostic.error("yaml.binary", String.format("file contains the character U+%04X, which YAML does "
                        + "not allow (a control character or binary data)", codePoint),
                "remove it, or check that this is the YAML file you meant", new SourceLocation(file, line, column));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Converts SnakeYAML nodes to plain values, recording locations and reporting duplicate keys and cycles. */
    private static final class NodeConverter {
        private final String file;
        private final int lineOffset;
        private final Map<String, SourceLocation> locations;
        private final List<Diagnostic> problems;
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
        private final long maxValues;
        private long values;
        private boolean failed;

        NodeConverter(String file, int lineOffset, long maxValues, Map<String, SourceLocation> locations,
                      List<Diagnostic> problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.maxValues = maxValues;
            this.locations = locations;
            this.problems = problems;
        }

        boolean failed() {
            return failed;
        }

        Object convert(Node node, String path, int depth) {
            if (++values > maxValues) {
                if (values == maxValues + 1) {
                    fail("yaml.alias-expansion", "aliases expand this document to more than " + maxValues
                            + " values (an alias bomb?)", location(node.getStartMark()));
                }
                return null;
            }
            SourceLocation here = location(node.getStartMark());
            locations.putIfAbsent(path, here);
            if (depth > MAX_DEPTH) {
                fail("yaml.too-deep", "nesting deeper than " + MAX_DEPTH + " levels", here);
                return null;
            }
            if (!inProgress.add(node)) {
                fail("yaml.recursive", "recursive alias: a value contains itself", here);
                return null;
            }
            try {
                if (node instanceof ScalarNode scalar) {
                    return ScalarValues.toValue(scalar.getTag(), scalar.getValue());
                }
                if (node instanceof SequenceNode seq) {
                    List<Object> list = new ArrayList<>(seq.getValue().size());
                    for (int i = 0; i < seq.getValue().size(); i++) {
                        list.add(convert(seq.getValue().get(i), YamlPaths.item(path, i), depth + 1));
                    }
                    return list;
                }
                return convertMapping((MappingNode) node, path, depth);
            } finally {
                inProgress.remove(node);
            }
        }

        private Map<String, Object> convertMapping(MappingNode mapping, String path, int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            Map<String, SourceLocation> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                SourceLocation keyLocation = location(keyNode.getStartMark());
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    fail("yaml.key", "a mapping key must be a plain value, not a list or map", keyLocation);
                    continue;
                }
                String key = scalarKey.getValue();
                SourceLocation first = seen.putIfAbsent(key, keyLocation);
                if (first != null) {
                    fail("yaml.duplicate-key", "duplicate key '" + key + "' (first at line " + first.line() + ")",
                            keyLocation);
                    continue;
                }
                String childPath = YamlPaths.child(path, key);
                locations.put(childPath, keyLocation);
                map.put(key, convert(tuple.getValueNode(), childPath, depth + 1));
            }
            return map;
        }

        private void fail(String rule, String message, SourceLocation where) {
            failed = true;
            problems.add(Diagnostic.error(rule, message, "fix the YAML at this position", where));
        }

        private SourceLocation location(Mark mark) {
            return mark == null ? SourceLocation.ofFile(file)
                    : new SourceLocation(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }
    }
}
