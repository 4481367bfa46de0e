package org.skupperdesigner.exporters.bundle;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.yaml.ResourceEncoder;
import org.skupperdesigner.model.yaml.YamlWriter;

/** Renders resources as deterministic YAML, with a warning header on anything that holds a private key. */
public final class ResourceYaml {

    public static final String SENSITIVE_HEADER = "# SENSITIVE: holds a private key. Readable by its owner only; "
            + "do not commit it unencrypted or share it.\n";

    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter yaml = new YamlWriter();

    /** The file name the Skupper CLI uses in system mode: {@code <Kind>-<name>.yaml}. */
    public static String fileName(SkupperResource resource) {
        return resource.kind().kind() + "-" + resource.name() + ".yaml";
    }

    public String one(SkupperResource resource) {
        String text = yaml.write(encoder.encode(resource));
        return DesiredSite.isSensitive(resource) ? SENSITIVE_HEADER + text : text;
    }

    /** Several resources as one multi-document stream, in the order given. */
    public String all(List<? extends SkupperResource> resources) {
        List<Object> documents = new ArrayList<>();
        for (SkupperResource r : resources) {
            documents.add(encoder.encode(r));
        }
        String text = yaml.writeAll(documents);
        return resources.stream().anyMatch(DesiredSite::isSensitive) ? SENSITIVE_HEADER + text : text;
    }

    public static boolean anySensitive(List<? extends SkupperResource> resources) {
        return resources.stream().anyMatch(DesiredSite::isSensitive);
    }
}
