package org.skupperdesigner.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.skupperdesigner.model.TestPaths;
import org.skupperdesigner.model.design.DesignFileReader;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs 11,000 generated documents through the YAML reader, the resource decoder and the importer (and, for design
 * files, the design reader): none may throw, and each must finish within {@link #PER_DOCUMENT}. Two generators:
 * random Skupper-like objects serialized to YAML, and valid examples mutated at the byte and token level. Seeds are
 * fixed so CI runs are repeatable; failures are kept out of the source tree (see junit-platform.properties).
 */
class ImporterFuzzTest {

    private static final Duration PER_DOCUMENT = Duration.ofSeconds(2);
    private static final String FILE = "fuzz.yaml";

    private static final List<String> API_VERSIONS = List.of("skupper.io/v2alpha1", "skupper.io/v2alpha1",
            "skupper.io/v2alpha1", "skupper.io/v2alpha1", "skupper.io/v2alpha1", "skupper.io/v1", "skupper.io/v3",
            "v1", "apps/v1", "skupperdesigner.org/v1", "");
    private static final List<String> KINDS = List.of("Site", "Link", "Listener", "Connector", "AccessGrant",
            "AccessToken", "RouterAccess", "AttachedConnector", "AttachedConnectorBinding", "MultiKeyListener",
            "SecuredAccess", "Certificate", "Secret", "List", "Deployment", "Gateway", "");
    private static final List<String> FIELDS = List.of("name", "namespace", "routingKey", "host", "port", "selector",
            "linkAccess", "edge", "ha", "endpoints", "tlsCredentials", "cost", "roles", "settings", "url", "code", "ca",
            "linkCost", "strategy", "priority", "weighted", "routingKeys", "type", "data", "stringData", "items",
            "labels", "annotations", "skupperdesigner.org/target-site", "siteNamespace", "subjectAlternativeNames",
            "hosts", "group", "targetPort", "ports", "redemptionsAllowed", "expirationWindow", "useClientCert");
    private static final List<String> WORDS = List.of("west", "east", "backend", "default", "true", "no", "~",
            "55671", "0x1F", "1e3", ".inf", "app=backend", "https://west.example.com:9090/x", "skupper-site-ca",
            "skupper-inter-router-west.apps.example.com", "inter-router", "edge", "priority", "kubernetes.io/tls");
    private static final List<String> TOKENS = List.of(":", ": ", "-", "- ", "\t", "'", "\"", "&a ", "*a", "!!",
            "!!binary ", "!!int ", "? ", "[", "]", "{", "}", ",", "#", "|", ">", "---\n", "...\n", "\n", "  ",
            "&x [*x]", "<<: *a", "%YAML 1.1\n", "\0", "\r", "\u0085", "\u2028", "\uFEFF", "\\", "@", "`", "%");

    private static final List<String> EXAMPLES = examples("codec/all-kinds.yaml", "hello-world-yaml/west/site.yaml",
            "hello-world-yaml/east/site.yaml");
    private static final List<String> DESIGNS = examples("hello-world.skupper-design.yaml",
            "hub-and-spoke.skupper-design.yaml", "ha-failover.skupper-design.yaml");

    @Property(tries = 5000, seed = "20261121", shrinking = ShrinkingMode.BOUNDED)
    void generatedSkupperLikeDocumentsNeverCrashOrHangTheImporter(@ForAll("skupperLikeStreams") String yaml) {
        importsCleanly(yaml);
    }

    @Property(tries = 5000, seed = "4242", shrinking = ShrinkingMode.BOUNDED)
    void mutatedExamplesNeverCrashOrHangTheImporter(@ForAll("mutatedExamples") String yaml) {
        importsCleanly(yaml);
    }

    @Property(tries = 1000, seed = "777", shrinking = ShrinkingMode.BOUNDED)
    void mutatedDesignFilesNeverCrashOrHangTheDesignReader(@ForAll("mutatedDesigns") String yaml) {
        LoadedNetwork loaded = assertTimeoutPreemptively(PER_DOCUMENT,
                () -> new DesignFileReader().read("fuzz.skupper-design.yaml", yaml));
        assertWellFormed(loaded, yaml);
    }

    private static void importsCleanly(String yaml) {
        LoadedNetwork loaded = assertTimeoutPreemptively(PER_DOCUMENT, () -> new SkupperYamlImporter()
                .importFiles("fuzz", List.of(new InputFile(FILE, yaml, null)), new ArrayList<>()));
        assertWellFormed(loaded, yaml);
    }

    /** Every diagnostic says something and points into the input (or at no line at all). */
    private static void assertWellFormed(LoadedNetwork loaded, String text) {
        assertThat(loaded.network()).isNotNull();
        int lines = lineBreaks(text) + 1;
        for (Diagnostic d : loaded.diagnostics()) {
            assertThat(d.message()).isNotBlank();
            if (d.location() != null) {
                assertThat(d.location().line()).as(d.format()).isBetween(0, lines);
            }
        }
    }

    /** Line breaks as YAML counts them: LF, CR, CRLF, NEL, LS, PS. */
    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    // ---- structural generation -------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> skupperLikeStreams() {
        Map<DumperOptions.FlowStyle, Yaml> dumpers = new LinkedHashMap<>();
        for (DumperOptions.FlowStyle style : DumperOptions.FlowStyle.values()) {
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(style);
            dumpers.put(style, new Yaml(options));
        }
        List<Yaml> styles = List.copyOf(dumpers.values());
        return Arbitraries.randomValue(random -> stream(random, styles));
    }

    /*
     * Built straight from jqwik's Random rather than from nested combinators: jqwik spends about 40 ms generating
     * one document of nested maps and lists that way, against about 0.1 ms here. The price is no shrinking; a
     * failing document is printed whole instead.
     */

    private static String stream(Random random, List<Yaml> dumpers) {
        List<String> documents = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            documents.add(pick(random, dumpers).dump(random.nextInt(12) == 0 ? value(random, 3)
                    : resource(random, 1)));
        }
        return String.join("---\n", documents);
    }

    /** An object shaped like a Kubernetes resource; a {@code List} holds up to {@code lists} more levels. */
    private static Map<String, Object> resource(Random random, int lists) {
        String kind = sometimes(random, () -> pick(random, KINDS));
        Map<String, Object> metadata = object("name", random.nextBoolean() ? "r" + random.nextInt(20) : scalar(random),
                "namespace", random.nextBoolean() ? pick(random, WORDS) : scalar(random),
                "annotations", value(random, 1));
        List<Object> items = new ArrayList<>();
        for (int i = 0, n = "List".equals(kind) ? random.nextInt(4) : 0; i < n; i++) {
            items.add(lists > 0 && random.nextInt(4) > 0 ? resource(random, lists - 1) : value(random, 2));
        }
        return object("apiVersion", sometimes(random, () -> pick(random, API_VERSIONS)), "kind", kind,
                "metadata", sometimes(random, () -> metadata),
                "spec", random.nextInt(8) == 0 ? value(random, 2) : map(random, 8, 3, () -> pick(random, FIELDS)),
                "items", items.isEmpty() ? null : items);
    }

    private static Object value(Random random, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(9);
        if (choice < 6) {
            return scalar(random);
        }
        return choice == 6 ? list(random, 4, depth - 1)
                : map(random, 4, depth - 1, () -> random.nextBoolean() ? pick(random, FIELDS) : text(random));
    }

    private static List<Object> list(Random random, int maxSize, int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0, n = random.nextInt(maxSize + 1); i < n; i++) {
            list.add(value(random, depth));
        }
        return list;
    }

    private static Map<String, Object> map(Random random, int maxSize, int depth, Supplier<String> keys) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(maxSize + 1); i < n; i++) {
            map.put(keys.get(), value(random, depth));
        }
        return map;
    }

    private static Object scalar(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1, 2 -> pick(random, WORDS);
            case 3 -> text(random);
            case 4 -> random.nextInt(140_001) - 70_000;
            case 5 -> random.nextLong();
            case 6 -> new BigInteger(70, random).subtract(BigInteger.TWO.pow(69));
            case 7 -> random.nextBoolean() ? random.nextDouble() * 1e6 : Double.longBitsToDouble(random.nextLong());
            default -> random.nextBoolean();
        };
    }

    /** Short text, one character in four from anywhere in the BMP (control characters included). */
    private static String text(Random random) {
        char[] chars = new char[random.nextInt(13)];
        for (int i = 0; i < chars.length; i++) {
            char c = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x5F));
            chars[i] = Character.isSurrogate(c) ? '\uFFFD' : c; // a file read as UTF-8 never holds a lone surrogate
        }
        return new String(chars);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The value 19 times in 20; otherwise null (the field is left out). */
    private static <T> T sometimes(Random random, Supplier<T> value) {
        return random.nextInt(20) == 0 ? null : value.get();
    }

    /** A map without its null entries, so that absent fields are absent rather than {@code ~}. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    // ---- mutation of valid examples --------------------------------------------------------------------------

    /** One edit; positions are fractions of the text's length so they fit any text and shrink well. */
    record Mutation(int operation, double at, double to, int token, int bit) {
    }

    @Provide
    Arbitrary<String> mutatedExamples() {
        return Combinators.combine(Arbitraries.of(EXAMPLES), mutations()).as(ImporterFuzzTest::mutate);
    }

    @Provide
    Arbitrary<String> mutatedDesigns() {
        return Combinators.combine(Arbitraries.of(DESIGNS), mutations()).as(ImporterFuzzTest::mutate);
    }

    private static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(Arbitraries.integers().between(0, 6), fraction, fraction,
                        Arbitraries.integers().between(0, TOKENS.size() - 1), Arbitraries.integers().between(0, 7))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
    }

    static String mutate(String text, List<Mutation> mutations) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            int at = (int) (m.at() * bytes.length);
            int to = Math.min(bytes.length, at + 1 + (int) (m.to() * 40));
            bytes = switch (m.operation()) {
                case 0 -> flipBit(bytes, at, m.bit());
                case 1 -> splice(bytes, at, to, new byte[0]);                                        // delete
                case 2, 3 -> splice(bytes, at, at, TOKENS.get(m.token()).getBytes(StandardCharsets.UTF_8)); // insert
                case 4 -> splice(bytes, at, at, Arrays.copyOfRange(bytes, at, to));         // duplicate
                case 5 -> Arrays.copyOf(bytes, at);                                         // truncate
                default -> splice(bytes, at, to, TOKENS.get(m.token()).getBytes(StandardCharsets.UTF_8)); // replace
            };
        }
        return new String(bytes, StandardCharsets.UTF_8); // invalid sequences become U+FFFD, as a lenient editor would
    }

    private static byte[] flipBit(byte[] bytes, int at, int bit) {
        if (at >= bytes.length) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << bit);
        return copy;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        int end = Math.max(from, Math.min(to, bytes.length));
        byte[] result = new byte[from + insert.length + bytes.length - end];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(insert, 0, result, from, insert.length);
        System.arraycopy(bytes, end, result, from + insert.length, bytes.length - end);
        return result;
    }

    private static List<String> examples(String... names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            Path path = name.startsWith("codec/") ? resource(name) : TestPaths.examples().resolve(name);
            try {
                texts.add(Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(texts);
    }

    private static Path resource(String name) {
        try {
            return Path.of(ImporterFuzzTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
