package org.skupperdesigner.model.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.DecodedResource;
import org.skupperdesigner.model.yaml.FieldPositions;

/** The resources found for one site while importing, keyed by {@code Kind/name}. */
final class SiteGroup {

    private final String key;
    private final String folderHint;
    private final Map<String, SkupperResource> resources = new LinkedHashMap<>();
    private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
    private final Map<String, FieldPositions> fields = new LinkedHashMap<>();

    SiteGroup(String key, String folderHint) {
        this.key = key;
        this.folderHint = folderHint;
    }

    void add(DecodedResource decoded, List<Diagnostic> problems) {
        SkupperResource resource = decoded.resource();
        String kindAndName = resource.kindAndName();
        SourceLocation first = locations.get(kindAndName);
        if (first != null) {
            problems.add(new Diagnostic(org.skupperdesigner.model.diagnostic.Severity.ERROR, "import.duplicate",
                    "duplicate " + kindAndName + " in namespace " + namespace() + " (first at " + first
                            + "); the first one is kept", List.of(), "remove or rename one of them",
                    decoded.location()));
            return;
        }
        resources.put(kindAndName, resource);
        locations.put(kindAndName, decoded.location());
        fields.put(kindAndName, decoded.fields());
    }

    /** The namespace: the one written in the files, or the site's name, or the folder's name. */
    String namespace() {
        if (key.startsWith("ns:")) {
            return key.substring(3);
        }
        return siteResourceName().orElse(folderHint != null ? folderHint : "default");
    }

    String siteName() {
        return siteResourceName().orElse(namespace());
    }

    SourceLocation siteLocation() {
        return locations.values().stream().findFirst().orElse(SourceLocation.ofFile(key));
    }

    /** Where each resource ({@code Kind/name}) was written. */
    Map<String, SourceLocation> locations() {
        return locations;
    }

    /** Where the fields of each resource ({@code Kind/name}) were written. */
    Map<String, FieldPositions> fields() {
        return fields;
    }

    /** The model keeps a resource's namespace only when it differs from the site's (AttachedConnector). */
    List<SkupperResource> resourcesWithoutOwnNamespace() {
        String namespace = namespace();
        List<SkupperResource> result = new ArrayList<>();
        for (SkupperResource r : resources.values()) {
            result.add(namespace.equals(r.metadata().namespace()) ? r.withMetadata(r.metadata().withNamespace(null))
                    : r);
        }
        return result;
    }

    private java.util.Optional<String> siteResourceName() {
        return resources.values().stream().filter(r -> r.kind() == ResourceKind.SITE).map(SkupperResource::name)
                .findFirst();
    }
}
