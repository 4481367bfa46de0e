package org.skupperdesigner.model.design;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;

/** Opening and saving design files on disk. */
public final class DesignFiles {

    private final DesignFileReader reader = new DesignFileReader();
    private final DesignFileWriter writer = new DesignFileWriter();
    private final AtomicFileWriter atomic = new AtomicFileWriter();

    public LoadedNetwork open(Path file) {
        try {
            return reader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            Diagnostic problem = Diagnostic.error("yaml.encoding", "design file is not UTF-8 text (binary data?)",
                    "save the file as UTF-8 YAML", SourceLocation.ofFile(file.toString()));
            return new LoadedNetwork(Network.empty("untitled"), List.of(problem), Map.of());
        } catch (IOException | RuntimeException e) {
            Diagnostic problem = Diagnostic.error("design.unreadable", "cannot read design file: "
                            + IoFailures.describe(e),
                    "check the path, permissions and that the file is UTF-8 text", SourceLocation.ofFile(
                            file.toString()));
            return new LoadedNetwork(Network.empty("untitled"), List.of(problem), Map.of());
        }
    }

    public void save(Network network, Path file) throws IOException {
        atomic.write(file, writer.write(network));
    }

    public String toText(Network network) {
        return writer.write(network);
    }
}
