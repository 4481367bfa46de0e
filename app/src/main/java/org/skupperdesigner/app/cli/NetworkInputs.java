package org.skupperdesigner.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Parameters;

/** The inputs of the commands that read a network (a picocli mixin): a design file, or Skupper YAML files/folders. */
final class NetworkInputs {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A design file, or Skupper YAML files/folders.")
    List<Path> paths = new ArrayList<>();

    /** The usage error for the first input that does not exist, if any. */
    Optional<String> missing() {
        return paths.stream().filter(p -> !Files.exists(p)).findFirst()
                .map(p -> "no such file or folder: " + p);
    }
}
