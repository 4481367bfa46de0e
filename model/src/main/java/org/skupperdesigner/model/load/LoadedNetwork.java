package org.skupperdesigner.model.load;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.yaml.FieldPositions;

/**
 * A network read from a design file or from Skupper YAML, with what went wrong while reading and where each
 * element came from (so later diagnostics can name a file and line).
 *
 * @param network     what could be read; never null (empty when nothing could)
 * @param diagnostics problems found while reading, in input order
 * @param locations   element id ({@code site/west}, {@code west/Listener/backend}, ...) to where it was defined
 * @param fields      element id to where its fields were written (see {@link #locate(String, String)})
 */
public record LoadedNetwork(Network network, List<Diagnostic> diagnostics, Map<String, SourceLocation> locations,
                            Map<String, FieldPositions> fields) {

    public LoadedNetwork {
        diagnostics = List.copyOf(diagnostics);
        locations = Map.copyOf(locations);
        fields = Map.copyOf(fields);
    }

    /** A network whose fields' positions are not known (built, or read from a source without them). */
    public LoadedNetwork(Network network, List<Diagnostic> diagnostics, Map<String, SourceLocation> locations) {
        this(network, diagnostics, locations, Map.of());
    }

    /** The same elements' sources with another network read from them (e.g. with secrets recovered). */
    public LoadedNetwork withNetwork(Network recovered) {
        return new LoadedNetwork(recovered, diagnostics, locations, fields);
    }

    /**
     * Where {@code field} of an element was written ({@code spec.port}; see {@code Diagnostic.field()}), else where
     * the element was: a site's Site-resource fields ({@code spec.linkAccess}) are found in its Site resource. Null
     * when the element did not come from a file.
     */
    public SourceLocation locate(String elementId, String field) {
        if (field != null && !field.isEmpty()) {
            SourceLocation exact = fieldOf(elementId, field);
            if (exact == null && ElementIds.isSite(elementId)) {
                exact = network.site(ElementIds.siteOf(elementId))
                        .flatMap(s -> s.siteResource().map(r -> fieldOf(s.elementId(r), field))).orElse(null);
            }
            if (exact != null) {
                return exact;
            }
        }
        return locations.get(elementId);
    }

    private SourceLocation fieldOf(String elementId, String field) {
        FieldPositions positions = fields.get(elementId);
        return positions == null ? null : positions.of(field);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
