package org.skupperdesigner.model.yaml;

import java.util.Map;

import org.skupperdesigner.model.diagnostic.SourceLocation;

/**
 * One parsed YAML document: plain Java values (maps keep key order) plus where each value was found.
 *
 * @param file      the file label used in messages
 * @param index     0-based position of the document in its file
 * @param value     the document: a Map, List, String, Long, BigInteger, Double, Boolean or null
 * @param locations source position of every value, by path ({@code spec.endpoints[0].host}; {@code ""} = root)
 */
public record YamlDocument(String file, int index, Object value, Map<String, SourceLocation> locations) {

    /** The location of {@code path}, or of its nearest located parent, or of the document start. */
    public SourceLocation locate(String path) {
        String p = path;
        while (true) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return SourceLocation.ofFile(file);
            }
            p = YamlPaths.parent(p);
        }
    }
}
