package org.skupperdesigner.exporters.kube;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.resource.ResourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether an API server honours dry-run and server-side apply by asking it, not by trusting its version:
 * it dry-run-creates a uniquely named Listener and checks that nothing was stored; only then does it try a dry-run
 * server-side apply of the same object. A server that stored the probe (it ignored dry-run) gets the probe deleted
 * and is treated as supporting neither. When the probe is inconclusive (no permission, no namespace yet) the server
 * version decides: dry-run is GA since Kubernetes 1.18, server-side apply since 1.22.
 * See docs/decisions/0301-apply-strategy-by-capability.md.
 */
public final class CapabilityProbe {

    private static final Logger LOG = LoggerFactory.getLogger(CapabilityProbe.class);
    private static final String FIELD_MANAGER = "skupper-designer";

    private final SecureRandom random = new SecureRandom();

    public ServerCapabilities probe(ClusterClient client, String namespace) {
        byte[] suffix = new byte[4];
        random.nextBytes(suffix);
        String name = "skupper-designer-probe-" + HexFormat.of().formatHex(suffix);
        Map<String, Object> probe = probeObject(namespace, name);
        ResourceRef ref = ResourceRef.of(probe);
        try {
            client.create(probe, true);
        } catch (ClusterAccessException e) {
            return byVersion(client, "the dry-run probe was refused (" + e.getMessage() + ")");
        }
        Optional<Map<String, Object>> stored = client.get(ref);
        if (stored.isPresent()) {
            LOG.info("context {} stored a dry-run object; deleting the probe", client.context());
            client.delete(ref, false);
            return ServerCapabilities.none("the server of context " + client.context()
                    + " ignores dry-run requests, so changes are computed locally and written with JSON merge patch");
        }
        try {
            client.serverSideApply(probe, FIELD_MANAGER, true);
            return new ServerCapabilities(true, true, "the server of context " + client.context()
                    + " honours dry-run and server-side apply");
        } catch (ClusterAccessException e) {
            return new ServerCapabilities(true, false, "the server of context " + client.context()
                    + " honours dry-run but refused server-side apply (HTTP " + e.code()
                    + "), so changes are written with JSON merge patch");
        }
    }

    private static ServerCapabilities byVersion(ClusterClient client, String why) {
        String version;
        try {
            version = client.serverVersion();
        } catch (ClusterAccessException e) {
            return ServerCapabilities.none(why + "; the version is unknown too, so JSON merge patch is used");
        }
        int[] mm = parse(version);
        boolean dryRun = mm[0] > 1 || (mm[0] == 1 && mm[1] >= 18);
        boolean ssa = mm[0] > 1 || (mm[0] == 1 && mm[1] >= 22);
        return new ServerCapabilities(dryRun, ssa, why + "; Kubernetes " + version + " implies "
                + (ssa ? "server-side apply" : "JSON merge patch"));
    }

    static int[] parse(String version) {
        String[] parts = version.split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0].replaceAll("\\D", "")),
                    parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0};
        } catch (NumberFormatException e) {
            return new int[] {0, 0};
        }
    }

    private static Map<String, Object> probeObject(String namespace, String name) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", name);
        meta.put("namespace", namespace);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("routingKey", name);
        spec.put("host", name);
        spec.put("port", 1);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", ResourceKind.SKUPPER_API_VERSION);
        object.put("kind", ResourceKind.LISTENER.kind());
        object.put("metadata", meta);
        object.put("spec", spec);
        return object;
    }
}
