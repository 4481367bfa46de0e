package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2's promise from the command line: importing each example and exporting it again gives byte-identical
 * output on the second round.
 */
class ExampleRoundTripTest {

    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }

    private static void run(String... args) {
        StringWriter err = new StringWriter();
        int exit = SkupperDesignerCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(exit).as(String.join(" ", args) + "\n" + err).isZero();
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-world-yaml", "hello-world.skupper-design.yaml", "hub-and-spoke.skupper-design.yaml",
            "ha-failover.skupper-design.yaml", "three-cloud-failover.skupper-design.yaml",
            "multi-key-failover.skupper-design.yaml"})
    void importThenExportIsByteIdenticalOnTheSecondRound(String example, @TempDir Path tmp) throws IOException {
        Path source = examples().resolve(example);
        // the same design file name each round: the network's name comes from it and is written into the output
        Path design1 = Files.createDirectories(tmp.resolve("r1")).resolve("net.skupper-design.yaml");
        Path design2 = Files.createDirectories(tmp.resolve("r2")).resolve("net.skupper-design.yaml");
        Path design3 = Files.createDirectories(tmp.resolve("r3")).resolve("net.skupper-design.yaml");
        if (Files.isDirectory(source)) {
            run("import", source.toString(), "-o", design1.toString());
        } else {
            Files.writeString(design1, Files.readString(source).replaceFirst("(?m)^name: .*$", "name: net"));
        }
        run("export", design1.toString(), "-o", tmp.resolve("out1").toString());
        run("import", tmp.resolve("out1").toString(), "-o", design2.toString());
        run("export", design2.toString(), "-o", tmp.resolve("out2").toString());
        run("import", tmp.resolve("out2").toString(), "-o", design3.toString());
        run("export", design3.toString(), "-o", tmp.resolve("out3").toString());

        Map<String, String> second = tree(tmp.resolve("out2"));
        assertThat(second).isNotEmpty();
        assertThat(tree(tmp.resolve("out3"))).isEqualTo(second);
    }
}
