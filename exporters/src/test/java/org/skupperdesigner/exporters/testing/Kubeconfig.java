package org.skupperdesigner.exporters.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a kubeconfig file whose contexts point at mock clusters, as a user's kubeconfig points at real ones. */
public final class Kubeconfig {

    private Kubeconfig() {
    }

    /** @param contexts context name to the cluster it uses */
    public static Path write(Path file, Map<String, MockCluster> contexts) throws IOException {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Config\nclusters:\n");
        contexts.values().stream().distinct().forEach(c -> yaml.append("- name: ").append(c.name())
                .append("\n  cluster:\n    server: ").append(c.url()).append("\n"));
        yaml.append("users:\n- name: tester\n  user:\n    token: not-a-secret\ncontexts:\n");
        contexts.forEach((context, c) -> yaml.append("- name: ").append(context).append("\n  context:\n    cluster: ")
                .append(c.name()).append("\n    user: tester\n"));
        yaml.append("current-context: ").append(contexts.keySet().iterator().next()).append('\n');
        Files.writeString(file, yaml);
        return file;
    }
}
