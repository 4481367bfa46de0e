package org.skupperdesigner.app.ui.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;

/**
 * Which line of a site's exported YAML each of the validator's findings is about: the line of the finding's field in
 * its resource's document, or the document's first line when it is about the resource as a whole. Findings about a
 * site go to its Site resource; findings about links and other sites are not in this YAML.
 */
final class YamlFindingLines {

    private YamlFindingLines() {
    }

    /** 0-based line to the worst finding on it ({@code findings} come worst first). */
    static Map<Integer, Diagnostic> byLine(NetworkSite site, String yaml, List<Diagnostic> findings) {
        Map<Integer, Diagnostic> lines = new HashMap<>();
        if (findings.isEmpty()) {
            return lines;
        }
        Map<String, YamlDocument> documents = documentsByElement(site, yaml);
        String siteResource = site.siteResource().map(site::elementId).orElse(null);
        for (Diagnostic d : findings) {
            if (d.elementIds().isEmpty()) {
                continue;
            }
            String id = d.elementIds().get(0);
            YamlDocument doc = documents.get(id.equals(site.elementId()) ? siteResource : id);
            if (doc == null) {
                continue;
            }
            SourceLocation at = doc.locate(d.field().isEmpty() ? "apiVersion" : d.field());
            if (at.line() > 0) {
                lines.putIfAbsent(at.line() - 1, d);
            }
        }
        return lines;
    }

    private static Map<String, YamlDocument> documentsByElement(NetworkSite site, String yaml) {
        Map<String, YamlDocument> byElement = new HashMap<>();
        for (YamlDocument doc : new YamlDocumentReader().read("preview", yaml, new ArrayList<>())) {
            if (doc.value() instanceof Map<?, ?> map && map.get("kind") instanceof String kind
                    && map.get("metadata") instanceof Map<?, ?> meta && meta.get("name") instanceof String name) {
                Optional<ResourceKind> known = ResourceKind.ofKind(kind);
                known.ifPresent(k -> byElement.put(ElementIds.resource(site.id(), k, name), doc));
            }
        }
        return byElement;
    }
}
