package org.skupperdesigner.model.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.design.DesignFormat;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.importer.InputCollector;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;

/**
 * One entry point for "open these paths": a single design file opens as a design; anything else (Skupper YAML
 * files, folders of them) is imported. Never throws: every problem is a diagnostic.
 */
public final class NetworkLoader {

    public static LoadedNetwork load(List<Path> paths) {
        if (paths.size() == 1 && Files.isRegularFile(paths.get(0)) && isDesignFile(paths.get(0))) {
            return new DesignFiles().open(paths.get(0));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<InputFile> files = new InputCollector().collect(paths, problems);
        return new SkupperYamlImporter().importFiles(networkName(paths), files, problems);
    }

    public static boolean isDesignFile(Path path) {
        if (path.getFileName().toString().endsWith(DesignFormat.FILE_SUFFIX)) {
            return true;
        }
        try {
            if (Files.size(path) > 4 * 1024 * 1024) {
                return false;
            }
            return DesignFormat.looksLikeDesign(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String networkName(List<Path> paths) {
        if (paths.size() == 1 && paths.get(0).toAbsolutePath().normalize().getFileName() != null) {
            String name = paths.get(0).toAbsolutePath().normalize().getFileName().toString();
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        return "imported";
    }
}
