package org.skupperdesigner.exporters.plain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.design.AtomicFileWriter;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.ResourceEncoder;
import org.skupperdesigner.model.yaml.YamlWriter;

/**
 * The plainest export: each site's resources as one multi-document YAML file, with the site's namespace filled in,
 * in {@code <dir>/<site>/<site>.yaml}. What the user wrote is written back as is; nothing is generated.
 */
public final class PlainYamlExporter {

    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter yaml = new YamlWriter();
    private final AtomicFileWriter files = new AtomicFileWriter();

    /** Site name to the YAML text of that site, in site order. */
    public Map<String, String> render(Network network) {
        Map<String, String> result = new LinkedHashMap<>();
        for (NetworkSite site : network.sites()) {
            result.put(site.name(), renderSite(site));
        }
        return result;
    }

    public String renderSite(NetworkSite site) {
        List<Object> documents = new ArrayList<>();
        for (SkupperResource resource : SiteResourceOrder.sorted(site.resources())) {
            documents.add(encoder.encode(withSiteNamespace(site, resource)));
        }
        return yaml.writeAll(documents);
    }

    /** Writes every site and returns the files written. */
    public List<Path> export(Network network, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> site : render(network).entrySet()) {
            Path file = dir.resolve(site.getKey()).resolve(site.getKey() + ".yaml");
            files.write(file, site.getValue());
            java.nio.file.Files.deleteIfExists(AtomicFileWriter.backupOf(file));
            written.add(file);
        }
        return written;
    }

    static SkupperResource withSiteNamespace(NetworkSite site, SkupperResource resource) {
        if (resource.metadata().namespace() != null) {
            return resource;
        }
        return resource.withMetadata(resource.metadata().withNamespace(site.namespace()));
    }
}
