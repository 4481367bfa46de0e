package org.skupperdesigner.exporters.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.yaml.YamlWriter;

/**
 * A {@code kustomization.yaml} listing a Kubernetes site's resource files in apply order, for
 * {@code kubectl apply -k}. It sets no namespace: every resource names its own (an AttachedConnector lives in its
 * workload's namespace, not the site's).
 */
public final class KustomizationRenderer {

    private final YamlWriter yaml = new YamlWriter();

    public String render(List<String> resourcePaths) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        root.put("kind", "Kustomization");
        root.put("resources", resourcePaths);
        return yaml.write(root);
    }
}
