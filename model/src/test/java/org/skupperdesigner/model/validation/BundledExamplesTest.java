package org.skupperdesigner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;

/**
 * Every example shipped in {@code examples/} validates without errors: every design file at any depth, and every
 * top-level folder of plain Skupper YAML (one without design or scenario files).
 */
class BundledExamplesTest {

    static final Path EXAMPLES = Path.of("../examples");

    @TestFactory
    List<DynamicTest> everyBundledExampleValidatesWithoutErrors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : examples()) {
            tests.add(DynamicTest.dynamicTest(EXAMPLES.relativize(p).toString(), () -> {
                LoadedNetwork loaded = NetworkLoader.load(List.of(p));
                ValidationReport report = new Validator().validate(loaded.network());
                assertThat(loaded.network().sites()).as(p.toString()).isNotEmpty();
                assertThat(report.errors()).as(p.toString()).isEmpty();
            }));
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    static List<Path> examples() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(EXAMPLES)) {
            all.filter(p -> p.getFileName().toString().endsWith(".skupper-design.yaml")).sorted().forEach(found::add);
        }
        try (Stream<Path> top = Files.list(EXAMPLES)) {
            for (Path dir : top.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inside = Files.walk(dir)) {
                    if (inside.map(p -> p.getFileName().toString())
                            .noneMatch(n -> n.endsWith(".skupper-design.yaml") || n.endsWith(".scenario.yaml"))) {
                        found.add(dir);
                    }
                }
            }
        }
        return found;
    }
}
