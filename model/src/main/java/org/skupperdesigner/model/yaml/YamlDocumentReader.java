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
        int index = 0;
        for (DocumentChunk chunk : DocumentChunk.split(text)) {
            if (chunk.isBlank()) {
                continue;
            }
            YamlDocument doc = parse(file, index, chunk, problems);
            if (doc != null && doc.value() != null) {
                documents.add(doc);
            }
            index++;
        }
        return documents;
    }

    private YamlDocument parse(String file, int index, DocumentChunk chunk, List<Diagnostic> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(chunk.text()));
            if (root == null) {
                return null;
            }
            Map<String, SourceLocation> locations = new LinkedHashMap<>();
            NodeConverter converter = new NodeConverter(file, chunk.firstLine(), locations, problems);
            Object value = converter.convert(root, "", 0);
            return converter.failed() ? null : new YamlDocument(file, index, value, Collections.unmodifiableMap(locations));
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(file, chunk.firstLine(), e));
            return null;
        } catch (YAMLException | StackOverflowError e) {
            problems.add(Diagnostic.error("yaml.syntax", "cannot read document " + (index + 1) + ": "
                            + firstLine(e.getMessage()), "fix the YAML syntax",
                    new SourceLocation(file, chunk.firstLine() + 1, 0)));
            return null;
        }
    }

    private static Diagnostic syntaxError(String file, int lineOffset, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext() == null ? "" : " " + e.getContext();
        String hint = problem.contains("\\t") || problem.contains("'\t'") || problem.contains("TAB")
                ? "YAML does not allow tabs for indentation; indent with spaces"
                : "fix the YAML syntax at this position";
        return Diagnostic.error("yaml.syntax", "YAML syntax error: " + problem.trim() + context, hint,
                new SourceLocation(file, line, column));
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
        private boolean failed;

        NodeConverter(String file, int lineOffset, Map<String, SourceLocation> locations, List<Diagnostic> problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.locations = locations;
            this.problems = problems;
        }

        boolean failed() {
            return failed;
        }

        Object convert(Node node, String path, int depth) {
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
