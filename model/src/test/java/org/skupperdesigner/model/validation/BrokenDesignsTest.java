package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.LoadedNetwork;

/**
 * Every file in {@code src/test/resources/broken-designs/} opens without reading problems and yields exactly the
 * rule ids named on its first line ({@code # expect: a, b}). Regenerate the files from
 * {@link BrokenDesignCatalogue} with {@code -Dbroken-designs.regenerate=true}.
 */
class BrokenDesignsTest {

    static final Path DIR = Path.of("src/test/resources/broken-designs");
    private static final String EXPECT = "# expect:";

    @TestFactory
    List<DynamicTest> eachBrokenDesignYieldsExactlyItsExpectedRules() throws IOException {
        regenerateIfAsked();
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p))).toList();
        }
    }

    @Test
    void thereAreAtLeastFifteenAndTheCatalogueMatchesTheFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.filter(p -> p.toString().endsWith(".yaml")).count())
                    .isGreaterThanOrEqualTo(15).isEqualTo(BrokenDesignCatalogue.entries().size());
        }
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("");
        assertThat(first).as("first line of %s", file).startsWith(EXPECT);
        Set<String> expected = Arrays.stream(first.substring(EXPECT.length()).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        LoadedNetwork loaded = new DesignFiles().open(file);
        assertThat(loaded.diagnostics()).as("reading %s", file).isEmpty();

        ValidationReport report = new Validator().validate(loaded.network());

        assertThat(report.ruleIds()).as("%s: %s", file.getFileName(), report.diagnostics()).isEqualTo(expected);
    }

    private static void regenerateIfAsked() throws IOException {
        if (!Boolean.getBoolean("broken-designs.regenerate")) {
            return;
        }
        Files.createDirectories(DIR);
        for (BrokenDesignCatalogue.Entry e : BrokenDesignCatalogue.entries()) {
            String header = EXPECT + " " + String.join(", ", new TreeSet<>(e.expected())) + "\n";
            Files.writeString(DIR.resolve(e.file()), header + new DesignFiles().toText(e.network()),
                    StandardCharsets.UTF_8);
        }
    }
}
