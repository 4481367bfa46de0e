package org.skupperdesigner.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.skupperdesigner.model.design.DesignFormat;

/**
 * Whether a command line asks for the designer window rather than a subcommand: none at all (the example), or one
 * path to open, as a desktop user types {@code skupper-designer shop.skupper-design.yaml} or a file manager passes it.
 * A path is an existing file or folder (a design, or Skupper YAML to import), or a design file name that does not
 * exist (the window then says so); anything else goes to the subcommands, which suggest a fix for a typo.
 */
final class WindowArguments {

    private WindowArguments() {
    }

    /** Empty: not for the window. A present but empty inner value: the window with its usual first design. */
    static Optional<Optional<Path>> of(String[] args, Supplier<Set<String>> subcommands) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(args[0]);
            boolean design = path.getFileName() != null
                    && path.getFileName().toString().endsWith(DesignFormat.FILE_SUFFIX);
            // a subcommand wins over a file or folder of the same name in the working directory
            return (Files.exists(path) || design) && !subcommands.get().contains(args[0])
                    ? Optional.of(Optional.of(path)) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
