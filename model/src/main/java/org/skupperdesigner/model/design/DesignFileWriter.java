package org.skupperdesigner.model.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.yaml.ResourceEncoder;
import org.skupperdesigner.model.yaml.YamlWriter;

/**
 * Writes a network as a design file: everything the user drew, nothing derived, in a fixed order so diffs stay
 * small. Resources are written as the Skupper YAML they are, minus the namespace their site already gives.
 */
public final class DesignFileWriter {

    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter yaml = new YamlWriter();

    public String write(Network network) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", DesignFormat.API_VERSION);
        root.put("kind", DesignFormat.KIND);
        root.put("name", network.name());
        putIfNotEmpty(root, "notes", network.notes());
        root.put("linkMode", network.linkMode().id());
        root.put("sites", network.sites().stream().map(this::site).toList());
        root.put("links", network.links().stream().map(DesignFileWriter::link).toList());
        if (!network.simulation().isEmpty()) {
            root.put("simulation", network.simulation());
        }
        return yaml.write(root);
    }

    private Map<String, Object> site(NetworkSite site) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", site.id());
        map.put("namespace", site.namespace());
        map.put("platform", site.platform().id());
        Map<String, Object> target = target(site.target());
        if (!target.isEmpty()) {
            map.put("target", target);
        }
        map.put("position", position(site.position()));
        putIfNotEmpty(map, "externalHost", site.externalHost());
        putIfNotEmpty(map, "notes", site.notes());
        List<Map<String, Object>> resources = site.resources().stream()
                .map(r -> encoder.encode(r, ResourceEncoder.NamespacePolicy.KEEP)).toList();
        map.put("resources", resources);
        return map;
    }

    private static Map<String, Object> target(SiteTarget target) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfNotEmpty(map, "context", target.context());
        putIfNotEmpty(map, "host", target.host());
        return map;
    }

    private static Map<String, Object> position(Position p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", compact(p.x()));
        map.put("y", compact(p.y()));
        return map;
    }

    /** Whole numbers are written without a fraction, and fractions are rounded to 0.1, to keep diffs quiet. */
    private static Object compact(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? (Object) (long) rounded : (Object) rounded;
    }

    private static Map<String, Object> link(NetworkLink link) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", link.id());
        map.put("from", link.fromSite());
        map.put("to", link.toSite());
        map.put("cost", link.cost());
        putIfNotEmpty(map, "routerAccess", link.routerAccess());
        putIfNotEmpty(map, "realizedBy", link.realizedBy());
        return map;
    }

    private static void putIfNotEmpty(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }
}
