package org.skupperdesigner.model.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.DecodedResource;
import org.skupperdesigner.model.yaml.FieldPositions;
import org.skupperdesigner.model.yaml.ResourceDecoder;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;

/**
 * Opens plain Skupper YAML as a design. Resources are grouped into sites by namespace; resources without a
 * namespace go to the site of their folder (one folder per site), or, in a single file, to the Site document before
 * them. Links that exist only as Link or AccessToken resources are inferred where the files allow it and reported
 * where they do not ({@link LinkInference}).
 */
public final class SkupperYamlImporter {

    private final YamlDocumentReader reader = new YamlDocumentReader();
    private final ResourceDecoder decoder = new ResourceDecoder();

    public LoadedNetwork importFiles(String networkName, List<InputFile> files, List<Diagnostic> earlier) {
        List<Diagnostic> problems = new ArrayList<>(earlier);
        Map<String, SiteGroup> groups = new LinkedHashMap<>();
        for (InputFile file : files) {
            int problemsBefore = problems.size();
            List<YamlDocument> documents = reader.read(file.label(), file.text(), problems);
            if (documents.isEmpty() && problems.size() == problemsBefore) {
                problems.add(Diagnostic.warning("import.empty", "file holds no YAML documents; nothing imported",
                        "check that this is the file you meant", SourceLocation.ofFile(file.label())));
            }
            int fileSiteCount = 0;
            for (YamlDocument document : documents) {
                for (DecodedResource decoded : decoder.decode(document, problems)) {
                    SkupperResource resource = decoded.resource();
                    if (resource.kind().name().equals("SITE") && resource.metadata().namespace() == null
                            && file.folderHint() == null) {
                        fileSiteCount++;
                    }
                    String key = groupKey(resource, file, fileSiteCount);
                    groups.computeIfAbsent(key, k -> new SiteGroup(k, file.folderHint()))
                            .add(decoded, problems);
                }
            }
        }
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        Map<String, FieldPositions> fields = new LinkedHashMap<>();
        Network network = Network.empty(networkName).withLinkMode(LinkMode.TOKENS);
        int index = 0;
        for (SiteGroup group : groups.values()) {
            String id = network.freeSiteId(group.siteName());
            NetworkSite site = new NetworkSite(id, group.namespace(), Platform.KUBERNETES, SiteTarget.UNSET,
                    gridPosition(index++), "", null, group.resourcesWithoutOwnNamespace());
            network = network.withSite(site);
            locations.put(ElementIds.site(id), group.siteLocation());
            group.locations().forEach((kindAndName, loc) -> locations.put(id + "/" + kindAndName, loc));
            group.fields().forEach((kindAndName, at) -> fields.put(id + "/" + kindAndName, at));
        }
        network = new LinkInference().inferLinks(network, locations, problems);
        return new LoadedNetwork(network, problems, locations, fields);
    }

    private static String groupKey(SkupperResource resource, InputFile file, int fileSiteCount) {
        if (resource instanceof AttachedConnector attached && attached.spec().siteNamespace() != null) {
            return "ns:" + attached.spec().siteNamespace();
        }
        String namespace = resource.metadata().namespace();
        if (namespace != null && !namespace.isEmpty()) {
            return "ns:" + namespace;
        }
        if (file.folderHint() != null) {
            return "folder:" + file.folderHint();
        }
        return "file:" + file.label() + "#" + Math.max(1, fileSiteCount);
    }

    /**
     * Imported sites are laid out on a grid; the user (or automatic layout) arranges them later. Columns leave
     * room between two cards (270 wide in the designer) for a link and its cost label.
     */
    static Position gridPosition(int index) {
        return new Position(80 + 420.0 * (index % 4), 80 + 300.0 * (index / 4));
    }
}
