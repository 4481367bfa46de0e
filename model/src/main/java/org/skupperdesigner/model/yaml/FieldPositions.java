package org.skupperdesigner.model.yaml;

import java.util.Map;

import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * Where the fields of one element were written: the element's path in a parsed document and that document's
 * positions. Looked up only when a finding asks, so reading a file records nothing per field.
 *
 * @param path     the element's path in the document ({@code sites[0].resources[2]}; {@code ""} for a whole document)
 * @param document the document's positions by path ({@link YamlDocument#locations()})
 */
public record FieldPositions(String path, Map<String, SourceLocation> document) {

    /** Where {@code field} ({@code spec.port}, {@code spec.roles[1].port}) was written, or null. */
    public SourceLocation of(String field) {
        return document.get(YamlPaths.child(path, field));
    }
}
