package org.skupperdesigner.exporters.system;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Skupper's system mode keeps a namespace (reference F.1): {@code $XDG_DATA_HOME/skupper/namespaces/<ns>},
 * else {@code ~/.local/share/skupper/namespaces/<ns>}; {@code /var/lib/skupper/namespaces/<ns>} for root.
 */
public record SystemNamespaceLayout(Path namespacesRoot) {

    public static SystemNamespaceLayout fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"), System.getProperty("user.name"));
    }

    public static SystemNamespaceLayout fromEnvironment(Map<String, String> env, String userHome, String userName) {
        if ("root".equals(userName)) {
            return new SystemNamespaceLayout(Path.of("/var/lib/skupper/namespaces"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new SystemNamespaceLayout(dataHome.resolve("skupper").resolve("namespaces"));
    }

    public Path namespaceHome(String namespace) {
        return namespacesRoot.resolve(namespace);
    }

    /** User resources: Skupper loads every {@code *.yaml} here at {@code system start/reload}. */
    public Path inputResources(String namespace) {
        return namespaceHome(namespace).resolve("input").resolve("resources");
    }

    /** Present once the namespace has been started. */
    public Path runtime(String namespace) {
        return namespaceHome(namespace).resolve("runtime");
    }

    /** The same folder as a POSIX shell expression, for scripts run on the site's host. */
    public static String shellInputResources(String namespace) {
        return "\"${XDG_DATA_HOME:-$HOME/.local/share}/skupper/namespaces/" + namespace + "/input/resources\"";
    }
}
