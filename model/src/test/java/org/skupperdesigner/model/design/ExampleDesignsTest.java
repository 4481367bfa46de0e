package org.skupperdesigner.model.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skupperdesigner.model.TestPaths;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.schema.CrdSchemaValidator;

/**
 * The bundled examples are golden files: each is written in the design file's canonical form, so reading and
 * writing it again must reproduce it byte for byte.
 */
class ExampleDesignsTest {

    private final DesignFiles files = new DesignFiles();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> list = Files.list(TestPaths.examples())) {
            return list.filter(p -> p.getFileName().toString().endsWith(DesignFormat.FILE_SUFFIX)).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleOpensWithoutAnyReadingProblem(Path example) {
        LoadedNetwork loaded = files.open(example);

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.network().sites()).isNotEmpty();
        assertThat(loaded.network().links()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsInCanonicalFormSoWritingItBackChangesNothing(Path example) throws IOException {
        String original = Files.readString(example);
        String rewritten = files.toText(files.open(example).network());

        if (TestPaths.updateGoldens()) {
            Files.writeString(example, rewritten);
        }
        assertThat(rewritten).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readingWhatWasWrittenGivesTheSameNetwork(Path example) {
        var network = files.open(example).network();
        var again = new DesignFileReader().read("again.yaml", files.toText(network));

        assertThat(again.diagnostics()).isEmpty();
        assertThat(again.network()).isEqualTo(network);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyResourceOfEveryExamplePassesItsCrdSchema(Path example) {
        CrdSchemaValidator validator = new CrdSchemaValidator();
        for (var site : files.open(example).network().sites()) {
            for (SkupperResource resource : site.resources()) {
                assertThat(validator.violations(resource)).as(site.id() + "/" + resource.kindAndName()).isEmpty();
            }
        }
    }
}
