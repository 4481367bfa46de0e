package org.skupperdesigner.exporters.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.skupperdesigner.exporters.links.ExistingSecrets;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.yaml.DecodedResource;
import org.skupperdesigner.model.yaml.ResourceDecoder;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;

/** The Secrets of an earlier export in the same folder, so a re-export keeps certificates that are still good. */
public final class ExistingBundleSecrets implements ExistingSecrets {

    private final Path dir;
    private final Network network;

    public ExistingBundleSecrets(Path dir, Network network) {
        this.dir = dir;
        this.network = network;
    }

    @Override
    public Optional<Secret> find(String siteId, String secretName) {
        Optional<NetworkSite> site = network.site(siteId);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Path file = dir.resolve(site.get().name()).resolve(SiteBundleRenderer.RESOURCES)
                .resolve("Secret-" + secretName + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Diagnostic> problems = new ArrayList<>();
            for (YamlDocument doc : new YamlDocumentReader().read(file.toString(), text, problems)) {
                for (DecodedResource decoded : new ResourceDecoder().decode(doc, problems)) {
                    if (decoded.resource() instanceof Secret secret && secret.name().equals(secretName)) {
                        return Optional.of(secret);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
