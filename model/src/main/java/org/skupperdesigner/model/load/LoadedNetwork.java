package org.skupperdesigner.model.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
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

    /**
     * Where a finding points in what was read: its own location, else where its field was written in its first
     * element, else where its first located element was defined. Null when none of its elements came from a file.
     */
    public SourceLocation locate(Diagnostic finding) {
        return locate(finding, id -> true);
    }

    /** As {@link #locate(Diagnostic)}, looking only at the elements {@code readHere} accepts. */
    public SourceLocation locate(Diagnostic finding, Predicate<String> readHere) {
        if (finding.location() != null) {
            return finding.location();
        }
        List<String> ids = finding.elementIds();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!readHere.test(id)) {
                continue;
            }
            SourceLocation where = i == 0 ? locate(id, finding.field()) : locations.get(id);
            if (where != null) {
                return where;
            }
        }
        return null;
    }

    /**
     * Whether element {@code elementId} is in {@code current} as it was read (so the file still says what the
     * design does there): the same resource or link, or a site with the same Site resource (moving a card does not
     * count).
     */
    public boolean unchangedIn(Network current, String elementId) {
        if (ElementIds.isSite(elementId)) {
            String siteId = ElementIds.siteOf(elementId);
            return sameAndPresent(current.site(siteId).map(NetworkSite::siteResource),
                    network.site(siteId).map(NetworkSite::siteResource));
        }
        if (ElementIds.isLink(elementId)) {
            String linkId = elementId.substring(ElementIds.LINK_PREFIX.length());
            return sameAndPresent(current.link(linkId), network.link(linkId));
        }
        return sameAndPresent(current.resource(elementId), network.resource(elementId));
    }

    private static boolean sameAndPresent(Optional<?> now, Optional<?> read) {
        return now.isPresent() && now.equals(read);
    }

    private SourceLocation fieldOf(String elementId, String field) {
        FieldPositions positions = fields.get(elementId);
        return positions == null ? null : positions.of(field);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
