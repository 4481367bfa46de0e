package org.skupperdesigner.exporters.kube;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Hands out a {@link ClusterClient} per kubeconfig context. By default the user's kubeconfig is read the way kubectl
 * reads it ({@code KUBECONFIG}, several files allowed, else {@code ~/.kube/config}); {@link #fromKubeconfigFile}
 * reads one given file. Tests pass ready clients instead; every other code path is the same.
 * Clients built here are closed with the connector; clients passed in belong to the caller.
 */
public final class ClusterConnector implements AutoCloseable {

    private static final java.util.regex.Pattern YAML_POSITION = java.util.regex.Pattern.compile(
            "line \\d+, column \\d+");
    private static final int REQUEST_TIMEOUT_MS = 30_000;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int RETRIES = 2;

    private final File kubeconfigFile;
    private final Map<String, KubernetesClient> given;
    private final KubernetesClient anyContext;
    private final Map<String, KubernetesClient> built = new LinkedHashMap<>();

    private ClusterConnector(File kubeconfigFile, Map<String, KubernetesClient> given, KubernetesClient anyContext) {
        this.kubeconfigFile = kubeconfigFile;
        this.given = given;
        this.anyContext = anyContext;
    }

    /** The user's kubeconfig: {@code KUBECONFIG} or {@code ~/.kube/config}. */
    public static ClusterConnector fromEnvironment() {
        return new ClusterConnector(null, null, null);
    }

    /** One kubeconfig file (the command line's {@code --kubeconfig}). */
    public static ClusterConnector fromKubeconfigFile(Path file) {
        return new ClusterConnector(file.toFile(), null, null);
    }

    /** A ready client that answers for every context (tests, or an embedding application). */
    public ClusterConnector(KubernetesClient client) {
        this(null, null, client);
    }

    /** Ready clients by context name; other context names do not exist. */
    public static ClusterConnector ofClients(Map<String, KubernetesClient> byContext) {
        return new ClusterConnector(null, new LinkedHashMap<>(byContext), null);
    }

    /** The context names known, sorted. */
    public List<String> contexts() {
        if (anyContext != null) {
            return List.of();
        }
        if (given != null) {
            return new ArrayList<>(new TreeSet<>(given.keySet()));
        }
        TreeSet<String> names = new TreeSet<>();
        List<NamedContext> contexts = baseConfig().getContexts();
        if (contexts != null) {
            contexts.forEach(c -> names.add(c.getName()));
        }
        return new ArrayList<>(names);
    }

    /** The kubeconfig's current context, if any. */
    public Optional<String> currentContext() {
        if (given != null || anyContext != null) {
            return Optional.empty();
        }
        NamedContext current = baseConfig().getCurrentContext();
        return Optional.ofNullable(current).map(NamedContext::getName);
    }

    /**
     * A client for the context; null means the current context.
     *
     * @throws ClusterAccessException (code 0) when the context does not exist or its configuration is unusable
     */
    public synchronized ClusterClient connect(String context) {
        if (anyContext != null) {
            return new Fabric8ClusterClient(context == null ? "(current)" : context, anyContext);
        }
        String name = context != null ? context : currentContext().orElseThrow(() -> new ClusterAccessException(
                "the kubeconfig has no current context; choose a context for the site", 0, null));
        if (given != null) {
            KubernetesClient client = given.get(name);
            if (client == null) {
                throw missing(name);
            }
            return new Fabric8ClusterClient(name, client);
        }
        if (!contexts().contains(name)) {
            throw missing(name);
        }
        KubernetesClient client = built.computeIfAbsent(name, this::build);
        return new Fabric8ClusterClient(name, client);
    }

    private ClusterAccessException missing(String name) {
        List<String> known = contexts();
        String source = kubeconfigFile != null ? kubeconfigFile.toString() : "KUBECONFIG or ~/.kube/config";
        return new ClusterAccessException("the kubeconfig has no context '" + name + "'"
                + (known.isEmpty() ? " (no contexts found in " + source + ")"
                : " (it has: " + String.join(", ", known) + ")"), 0, null);
    }

    private KubernetesClient build(String context) {
        try {
            Config config = kubeconfigFile != null ? Config.fromKubeconfig(context, kubeconfigFile)
                    : Config.autoConfigure(context);
            config.setRequestTimeout(REQUEST_TIMEOUT_MS);
            config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
            config.setRequestRetryBackoffLimit(RETRIES);
            return new KubernetesClientBuilder().withConfig(config).build();
        } catch (RuntimeException e) {
            throw new ClusterAccessException("cannot use context '" + context + "' of the kubeconfig: "
                    + e.getMessage(), 0, e);
        }
    }

    private Config baseConfig() {
        if (kubeconfigFile != null && !kubeconfigFile.isFile()) {
            throw new ClusterAccessException("cannot read the kubeconfig " + kubeconfigFile + ": "
                    + (kubeconfigFile.exists() ? "not a file" : "no such file"), 0, null);
        }
        try {
            return kubeconfigFile != null ? Config.fromKubeconfig(null, kubeconfigFile) : Config.autoConfigure(null);
        } catch (RuntimeException e) {
            throw new ClusterAccessException("cannot read the kubeconfig" + (kubeconfigFile != null
                    ? " " + kubeconfigFile : "") + ": " + oneLine(e), 0, e);
        }
    }

    /**
     * A YAML error spans lines (what, "in reader, line 1, column 9:", the text and a caret): what, and where as
     * "(line 1, column 9)".
     */
    private static String oneLine(RuntimeException e) {
        if (e.getMessage() == null) {
            return e.getClass().getSimpleName();
        }
        List<String> lines = e.getMessage().lines().map(String::strip).toList();
        java.util.regex.Matcher where = lines.size() < 2 ? null : YAML_POSITION.matcher(lines.get(1));
        return lines.get(0) + (where != null && where.find() ? " (" + where.group() + ")" : "");
    }

    @Override
    public synchronized void close() {
        built.values().forEach(KubernetesClient::close);
        built.clear();
    }
}
