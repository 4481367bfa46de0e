package org.skupperdesigner.model.load;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.Network;

/**
 * A network read from a design file or from Skupper YAML, with what went wrong while reading and where each
 * element came from (so later diagnostics can name a file and line).
 *
 * @param network     what could be read; never null (empty when nothing could)
 * @param diagnostics problems found while reading, in input order
 * @param locations   element id ({@code site/west}, {@code west/Listener/backend}, ...) to where it was defined
 */
public record LoadedNetwork(Network network, List<Diagnostic> diagnostics, Map<String, SourceLocation> locations) {

    public LoadedNetwork {
        diagnostics = List.copyOf(diagnostics);
        locations = Map.copyOf(locations);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
