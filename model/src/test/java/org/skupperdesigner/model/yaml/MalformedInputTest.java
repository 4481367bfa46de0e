package org.skupperdesigner.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skupperdesigner.model.design.DesignFileReader;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * A corpus of malformed inputs. Each must give a clear diagnostic (rule, file, line; line 0 = not checked) and
 * never an exception, and still read the resources that are fine ({@code kept}). Files named {@code gen:...} are
 * written at test time (binary data, CRLF, 10 MB) rather than committed.
 */
class MalformedInputTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                             | file                                        | rule                 | severity | line   | kept
            truncated flow mapping             | truncated-flow-mapping.yaml                 | yaml.syntax          | ERROR    |      5 | 0
            truncated in the middle of a key   | truncated-mid-key.yaml                      | yaml.type            | ERROR    |      3 | 0
            tab indentation                    | tab-indentation.yaml                        | yaml.syntax          | ERROR    |      4 | 0
            duplicate key in spec              | duplicate-key.yaml                          | yaml.duplicate-key   | ERROR    |      9 | 0
            duplicate top-level key            | duplicate-top-level-key.yaml                | yaml.duplicate-key   | ERROR    |      5 | 0
            port is a word                     | port-string.yaml                            | yaml.type            | ERROR    |      8 | 1
            port is a list                     | port-list.yaml                              | yaml.type            | ERROR    |      8 | 1
            edge is "maybe"                    | edge-maybe.yaml                             | yaml.type            | ERROR    |      7 | 1
            edge is !!bool maybe               | edge-explicit-bool-tag.yaml                 | yaml.type            | ERROR    |      6 | 1
            port beyond 64 bits                | port-huge.yaml                              | yaml.number          | ERROR    |      8 | 1
            port negative beyond int           | port-negative-overflow.yaml                 | yaml.number          | ERROR    |      8 | 1
            cost is a fraction                 | cost-float.yaml                             | yaml.type            | ERROR    |      7 | 1
            apiVersion skupper.io/v1           | unknown-api-version.yaml                    | yaml.api-version     | ERROR    |      2 | 0
            no kind                            | missing-kind.yaml                           | yaml.missing-kind    | ERROR    |      1 | 0
            kind is a list                     | kind-not-a-string.yaml                      | yaml.missing-kind    | ERROR    |      2 | 0
            no metadata.name                   | missing-name.yaml                           | yaml.missing-name    | ERROR    |      3 | 0
            metadata is a string               | metadata-not-a-map.yaml                     | yaml.type            | ERROR    |      3 | 0
            spec is a list                     | spec-as-list.yaml                           | yaml.type            | ERROR    |      5 | 0
            List with a bad item               | list-with-bad-item.yaml                     | yaml.type            | ERROR    |     14 | 2
            billion laughs (9 x 9 aliases)     | billion-laughs.yaml                         | yaml.syntax          | ERROR    |      1 | 0
            alias doubling bomb (50 aliases)   | alias-doubling-bomb.yaml                    | yaml.alias-expansion | ERROR    |      0 | 0
            recursive anchor                   | recursive-anchor.yaml                       | yaml.recursive       | ERROR    |      5 | 0
            undefined alias                    | undefined-alias.yaml                        | yaml.syntax          | ERROR    |      4 | 0
            unclosed quote                     | unclosed-quote.yaml                         | yaml.syntax          | ERROR    |      4 | 0
            unclosed bracket                   | unclosed-bracket.yaml                       | yaml.syntax          | ERROR    |      7 | 0
            broken JSON                        | broken.json                                 | yaml.syntax          | ERROR    |      7 | 0
            scalar instead of an object        | scalar-document.yaml                        | yaml.not-object      | ERROR    |      1 | 0
            list instead of an object          | list-document.yaml                          | yaml.not-object      | ERROR    |      1 | 0
            list as a mapping key              | complex-key.yaml                            | yaml.key             | ERROR    |      5 | 0
            broken document between good ones  | broken-between-good.yaml                    | yaml.syntax          | ERROR    |     14 | 2
            empty file                         | empty.yaml                                  | import.empty         | WARNING  |      0 | 0
            only comments                      | only-comments.yaml                          | import.empty         | WARNING  |      0 | 0
            unknown Skupper kind (skipped)     | unknown-skupper-kind.yaml                   | yaml.unknown-kind    | WARNING  |      1 | 0
            Deployment (skipped)               | not-skupper-deployment.yaml                 | yaml.not-skupper     | WARNING  |      1 | 0
            design of a newer format (v9)      | design-newer-version.skupper-design.yaml    | design.newer-version | ERROR    |      2 | 0
            design site without id             | design-site-without-id.skupper-design.yaml  | yaml.field           | ERROR    |      7 | 0
            design sites is a map              | design-sites-not-a-list.skupper-design.yaml | yaml.type            | ERROR    |      4 | 0
            design resource with a bad port    | design-bad-resource.skupper-design.yaml     | yaml.type            | ERROR    |     15 | 1
            NUL bytes                          | gen:nul-bytes.yaml                          | yaml.binary          | ERROR    |      3 | 0
            control character                  | gen:control-character.yaml                  | yaml.binary          | ERROR    |      2 | 0
            invalid UTF-8                      | gen:invalid-utf8.yaml                       | yaml.encoding        | ERROR    |      2 | 0
            binary junk                        | gen:binary-junk.yaml                        | yaml.encoding        | ERROR    |      0 | 0
            design file in invalid UTF-8       | gen:invalid-utf8.skupper-design.yaml        | yaml.encoding        | ERROR    |      0 | 0
            1000 nested flow lists             | gen:deep-flow.yaml                          | yaml.syntax          | ERROR    |      1 | 0
            1000 nested block maps             | gen:deep-block.yaml                         | yaml.syntax          | ERROR    |      1 | 0
            CRLF line ends and a duplicate key | gen:crlf-duplicate-key.yaml                 | yaml.duplicate-key   | ERROR    |      5 | 0
            CRLF line ends and a tab           | gen:crlf-tab.yaml                           | yaml.syntax          | ERROR    |      3 | 0
            10 MB of random bytes              | gen:junk-10mb.yaml                          | yaml.encoding        | ERROR    |      0 | 0
            10 MB of printable junk            | gen:text-junk-10mb.yaml                     | yaml.syntax          | ERROR    |      0 | 0
            10 MB of documents, one broken     | gen:documents-10mb.yaml                     | yaml.syntax          | ERROR    | 320010 | 63999
            33 MB file (over the size limit)   | gen:too-large.yaml                          | yaml.too-large       | ERROR    |      0 | 0
            """)
    void eachMalformedInputGivesAClearDiagnosticAndNoException(String name, String file, String rule,
                                                                 Severity severity, int line, int kept)
            throws IOException {
        Path path = file.startsWith("gen:") ? generate(file.substring(4)) : resource(file);

        LoadedNetwork loaded = assertDoesNotThrow(() -> NetworkLoader.load(List.of(path)), name);

        assertThat(loaded.diagnostics()).as(name).isNotEmpty().allSatisfy(MalformedInputTest::isASentence);
        Diagnostic found = loaded.diagnostics().stream().filter(d -> d.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no " + rule + " among " + formatted(loaded)));
        assertThat(found.severity()).as(name).isEqualTo(severity);
        assertThat(found.format()).as(name).contains(path.getFileName().toString());
        if (line > 0) {
            assertThat(found.location().line()).as(name + ": " + found.format()).isEqualTo(line);
            assertThat(found.format()).contains(path.getFileName() + ":" + line);
        }
        assertThat(resources(loaded)).as(name + ": resources still read").hasSize(kept);
        if (severity == Severity.WARNING) {
            assertThat(loaded.hasErrors()).as(name + " is only a warning").isFalse();
        }
        if (file.endsWith(".skupper-design.yaml") && !file.startsWith("gen:")) {
            LoadedNetwork direct = new DesignFileReader().read(file, Files.readString(path));
            assertThat(direct.diagnostics()).extracting(Diagnostic::ruleId).contains(rule);
        }
    }

    @Test
    void aBrokenDocumentBetweenTwoGoodOnesStillYieldsTheGoodOnes() throws IOException {
        LoadedNetwork loaded = NetworkLoader.load(List.of(resource("broken-between-good.yaml")));

        assertThat(loaded.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("yaml.syntax");
        assertThat(resources(loaded)).containsExactly("Site/west", "Listener/backend");
    }

    @Test
    void aListWithABadItemStillYieldsTheGoodItems() throws IOException {
        LoadedNetwork loaded = NetworkLoader.load(List.of(resource("list-with-bad-item.yaml")));

        assertThat(resources(loaded)).containsExactly("Site/west", "Listener/backend");
    }

    @Test
    void theDesignReaderReportsANewerFormatWithoutReadingFurther() throws IOException {
        Path path = resource("design-newer-version.skupper-design.yaml");

        LoadedNetwork loaded = new DesignFileReader().read(path.toString(), Files.readString(path));

        assertThat(loaded.network().sites()).isEmpty();
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("this design was saved by a newer Skupper Designer (format v9); this version reads v1"));
    }

    /** One line of plain words: no Java class names, no stack trace, no parser internals. */
    private static void isASentence(Diagnostic d) {
        assertThat(d.message()).as(d.format()).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("org.yaml").doesNotContain("java.").doesNotContain("\tat ");
        assertThat(d.hint()).as(d.format()).doesNotContain("Exception").doesNotContain("java.");
    }

    private static List<String> resources(LoadedNetwork loaded) {
        return loaded.network().sites().stream().map(NetworkSite::resources).flatMap(List::stream)
                .map(SkupperResource::kindAndName).toList();
    }

    private static String formatted(LoadedNetwork loaded) {
        return loaded.diagnostics().stream().map(Diagnostic::format).toList().toString();
    }

    private static Path resource(String name) {
        URL url = MalformedInputTest.class.getResource("/malformed/" + name);
        assertThat(url).as("test resource malformed/" + name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- generated inputs ------------------------------------------------------------------------------------

    private static final int DOCUMENTS = 64_000;
    private static final int BROKEN_DOCUMENT = 32_000;

    private Path generate(String name) throws IOException {
        Path path = tmp.resolve(name);
        Map<String, Generator> generators = Map.ofEntries(
                Map.entry("nul-bytes.yaml", p -> text(p, "apiVersion: v1\nkind: Secret\nmeta\0data:\n")),
                Map.entry("control-character.yaml", p -> text(p, "apiVersion: v1\nkind: Sec\u0001ret\n")),
                Map.entry("invalid-utf8.yaml", p -> Files.write(p, new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':',
                        ' ', (byte) 0xC3, '(', '\n'})),
                Map.entry("invalid-utf8.skupper-design.yaml", p -> Files.write(p, bytes(
                        "apiVersion: skupperdesigner.org/v1\nname: caf\u00e9\n", (byte) 0xE9, (byte) 0xFF))),
                Map.entry("binary-junk.yaml", p -> Files.write(p, randomBytes(4096))),
                Map.entry("deep-flow.yaml", p -> text(p, "spec: " + "[".repeat(1000) + "]".repeat(1000) + "\n")),
                Map.entry("deep-block.yaml", MalformedInputTest::deepBlock),
                Map.entry("crlf-duplicate-key.yaml", p -> text(p, "apiVersion: skupper.io/v2alpha1\r\nkind: Site"
                        + "\r\nmetadata:\r\n  name: west\r\n  name: east\r\n")),
                Map.entry("crlf-tab.yaml", p -> text(p, "apiVersion: skupper.io/v2alpha1\r\nkind: Site\r\n"
                        + "\tmetadata:\r\n  name: west\r\n")),
                Map.entry("junk-10mb.yaml", p -> Files.write(p, randomBytes(10 * 1024 * 1024))),
                Map.entry("text-junk-10mb.yaml", MalformedInputTest::textJunk),
                Map.entry("documents-10mb.yaml", MalformedInputTest::documents),
                Map.entry("too-large.yaml", p -> {
                    try (RandomAccessFile sparse = new RandomAccessFile(p.toFile(), "rw")) {
                        sparse.setLength(YamlDocumentReader.MAX_CHARS + 1024 * 1024);
                    }
                }));
        Generator generator = generators.get(name);
        assertThat(generator).as("generator for " + name).isNotNull();
        generator.write(path);
        return path;
    }

    @FunctionalInterface
    private interface Generator {
        void write(Path path) throws IOException;
    }

    private static void text(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text, byte... tail) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static void deepBlock(Path path) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("level").append(i).append(":\n");
        }
        text(path, sb.toString());
    }

    /** Printable ASCII in lines of 80: valid UTF-8 that is no YAML anyone wrote. */
    private static void textJunk(Path path) throws IOException {
        Random random = new Random(7);
        String alphabet = "{}[],:&*!|>'\"%@`# abcxyz019"; // no '-': a '---' line would start a new document
        try (Writer out = Files.newBufferedWriter(path)) {
            out.write("{ junk: [\n");
            for (int line = 0; line < 10 * 1024 * 1024 / 81; line++) {
                char[] chars = new char[80];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                out.write(chars);
                out.write('\n');
            }
        }
    }

    /**
     * {@value #DOCUMENTS} Listeners of 10 lines each (about 10.7 MB); document {@value #BROKEN_DOCUMENT} has an
     * unclosed '[' on its last line, which is line 10 * 32000 + 10 = 320010.
     */
    private static void documents(Path path) throws IOException {
        try (Writer out = Files.newBufferedWriter(path)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String n = String.format("%05d", i);
                out.write("---\napiVersion: skupper.io/v2alpha1\nkind: Listener\nmetadata:\n  name: listener-" + n
                        + "\n  namespace: big\nspec:\n  routingKey: key-" + n + "\n  host: listener-" + n + "\n"
                        + (i == BROKEN_DOCUMENT ? "  port: [8080\n" : "  port: 8080\n"));
            }
        }
        assertThat(Files.size(path)).isGreaterThanOrEqualTo(10L * 1024 * 1024);
    }
}
