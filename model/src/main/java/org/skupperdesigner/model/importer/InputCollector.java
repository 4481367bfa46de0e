package org.skupperdesigner.model.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.yaml.YamlDocumentReader;

/**
 * Finds the YAML files named on a command line or in an import dialog: files as given, folders searched for
 * {@code *.yaml|*.yml|*.json} in a stable (sorted) order. A file in a sub-folder of a given folder belongs to the
 * site named after that sub-folder (the layout of Skupper's examples: one folder per site).
 */
public final class InputCollector {

    public List<InputFile> collect(List<Path> paths, List<Diagnostic> problems) {
        List<InputFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                collectFolder(path, files, problems);
            } else if (Files.isRegularFile(path)) {
                read(path, path.toString(), null, problems).ifPresent(files::add);
            } else {
                problems.add(Diagnostic.error("input.missing", "no such file or folder",
                        "check the path", SourceLocation.ofFile(path.toString())));
            }
        }
        return files;
    }

    private void collectFolder(Path root, List<InputFile> files, List<Diagnostic> problems) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root, 8)) {
            found = walk.filter(Files::isRegularFile).filter(InputCollector::isYaml)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | RuntimeException e) {
            problems.add(Diagnostic.error("input.unreadable", "cannot list folder: " + IoFailures.describe(e),
                    "check permissions", SourceLocation.ofFile(root.toString())));
            return;
        }
        if (found.isEmpty()) {
            problems.add(Diagnostic.warning("input.no-yaml", "the folder holds no .yaml, .yml or .json file",
                    "name the folder that holds the Skupper YAML, with one sub-folder per site, or the files "
                            + "themselves",
                    SourceLocation.ofFile(root.toString())));
            return;
        }
        String rootName = root.toAbsolutePath().normalize().getFileName() == null ? null
                : root.toAbsolutePath().normalize().getFileName().toString();
        for (Path file : found) {
            Path relative = root.relativize(file);
            String hint = relative.getNameCount() > 1 ? relative.getName(0).toString() : rootName;
            read(file, file.toString(), hint, problems).ifPresent(files::add);
        }
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static java.util.Optional<InputFile> read(Path path, String label, String hint,
                                                      List<Diagnostic> problems) {
        try {
            long size = Files.size(path);
            if (size > YamlDocumentReader.MAX_CHARS) {
                problems.add(Diagnostic.error("yaml.too-large", "file is " + size / (1024 * 1024)
                                + " MB; files over " + YamlDocumentReader.MAX_CHARS / (1024 * 1024) + " MB are not read",
                        "split it into one file per site", SourceLocation.ofFile(label)));
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer text = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
            CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, text, true);
            if (result.isError()) {
                problems.add(Diagnostic.error("yaml.encoding", "file is not UTF-8 text (binary data?): invalid byte "
                                + "at offset " + in.position(), "save the file as UTF-8 YAML",
                        new SourceLocation(label, lineOf(bytes, in.position()), 0)));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new InputFile(label, text.flip().toString(), hint));
        } catch (IOException e) {
            problems.add(Diagnostic.error("input.unreadable", "cannot read file: " + IoFailures.describe(e),
                    "check the path and permissions", SourceLocation.ofFile(label)));
        }
        return java.util.Optional.empty();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
