package org.skupperdesigner.model.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.text.EditDistance;
import org.skupperdesigner.model.yaml.DecodedResource;
import org.skupperdesigner.model.yaml.FieldPositions;
import org.skupperdesigner.model.yaml.FieldReader;
import org.skupperdesigner.model.yaml.ResourceDecoder;
import org.skupperdesigner.model.yaml.YamlDocument;
import org.skupperdesigner.model.yaml.YamlDocumentReader;
import org.skupperdesigner.model.yaml.YamlPaths;

/** Reads a design file. Every problem names the line; a newer format version is refused with a clear message. */
public final class DesignFileReader {

    private static final Pattern API_VERSION = Pattern.compile(Pattern.quote(DesignFormat.GROUP) + "/v(\\d+)");

    private final YamlDocumentReader reader = new YamlDocumentReader();
    private final ResourceDecoder decoder = new ResourceDecoder();

    public LoadedNetwork read(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, SourceLocation> locations = new LinkedHashMap<>();
        Map<String, FieldPositions> fields = new LinkedHashMap<>();
        List<YamlDocument> documents = reader.read(file, text, problems);
        if (documents.size() != 1 || !(documents.get(0).value() instanceof Map<?, ?>)) {
            if (problems.isEmpty()) {
                problems.add(Diagnostic.error("design.shape", "a design file holds exactly one YAML map, found "
                        + documents.size() + " documents", "open Skupper YAML with 'import' instead",
                        SourceLocation.ofFile(file)));
            }
            return new LoadedNetwork(Network.empty(baseName(file)), problems, locations);
        }
        YamlDocument doc = documents.get(0);
        @SuppressWarnings("unchecked")
        FieldReader root = new FieldReader(doc, "", (Map<String, Object>) doc.value(), problems);
        if (!checkVersion(root, doc, problems)) {
            return new LoadedNetwork(Network.empty(baseName(file)), problems, locations);
        }
        root.string("kind");
        String name = root.string("name");
        String notes = root.string("notes");
        String mode = root.string("linkMode");
        LinkMode linkMode = mode == null ? LinkMode.TOKENS : LinkMode.ofId(mode).orElse(null);
        if (linkMode == null) {
            root.error("linkMode", "unknown linkMode '" + mode + "'", "use 'tokens' or 'credentials'");
            linkMode = LinkMode.TOKENS;
        }
        List<NetworkSite> sites = root.objectList("sites", r -> site(r, doc, problems, locations, fields));
        List<NetworkLink> links = root.objectList("links", r -> link(r, doc, locations, fields, problems));
        Map<String, Object> simulation = root.object("simulation", FieldReader::remaining);
        ignoreUnknown(root, doc, "the design", null, ROOT_KEYS, problems);
        Network network = new Network(name == null ? baseName(file) : name, notes, linkMode,
                sites == null ? List.of() : sites.stream().filter(s -> s != null).toList(),
                links == null ? List.of() : links.stream().filter(l -> l != null).toList(),
                simulation == null ? Map.of() : simulation);
        return new LoadedNetwork(network, problems, locations, fields);
    }

    private static boolean checkVersion(FieldReader root, YamlDocument doc, List<Diagnostic> problems) {
        String apiVersion = root.string("apiVersion");
        Matcher m = apiVersion == null ? null : API_VERSION.matcher(apiVersion);
        if (m == null || !m.matches()) {
            problems.add(Diagnostic.error("design.api-version", "not a Skupper Designer design file (apiVersion is "
                    + (apiVersion == null ? "missing" : "'" + apiVersion + "'") + ", expected '"
                    + DesignFormat.API_VERSION + "')", "to open plain Skupper YAML use 'import'",
                    doc.locate("apiVersion")));
            return false;
        }
        int version = Integer.parseInt(m.group(1));
        if (version > DesignFormat.VERSION) {
            problems.add(Diagnostic.error("design.newer-version", "this design was saved by a newer Skupper Designer"
                            + " (format v" + version + "); this version reads v" + DesignFormat.VERSION,
                    "upgrade Skupper Designer to open it; the file was not changed", doc.locate("apiVersion")));
            return false;
        }
        return true;
    }

    private static final List<String> ROOT_KEYS = List.of("apiVersion", "kind", "name", "notes", "linkMode", "sites",
            "links", "simulation");
    private static final List<String> SITE_KEYS = List.of("id", "namespace", "platform", "target", "position",
            "externalHost", "notes", "resources");
    private static final List<String> LINK_KEYS = List.of("id", "from", "to", "cost", "routerAccess", "realizedBy");

    private NetworkSite site(FieldReader r, YamlDocument doc, List<Diagnostic> problems,
                             Map<String, SourceLocation> locations, Map<String, FieldPositions> fields) {
        String id = r.string("id");
        if (id == null || id.isBlank()) {
            r.error("id", "site has no id", "give every site a unique 'id'");
            return null;
        }
        String namespace = r.string("namespace");
        String platformId = r.string("platform");
        Platform platform = platformId == null ? Platform.KUBERNETES : Platform.ofId(platformId).orElse(null);
        if (platform == null) {
            r.error("platform", "site " + id + ": unknown platform '" + platformId + "'",
                    "use kubernetes, docker, podman or linux");
            platform = Platform.KUBERNETES;
        }
        SiteTarget target = r.object("target", t -> {
            SiteTarget read = new SiteTarget(t.string("context"), t.string("host"));
            ignoreUnknown(t, doc, "the target of site " + id, ElementIds.site(id), List.of("context", "host"),
                    problems);
            return read;
        });
        Position position = r.object("position", p -> {
            Position read = position(p);
            ignoreUnknown(p, doc, "the position of site " + id, ElementIds.site(id), List.of("x", "y"), problems);
            return read;
        });
        String externalHost = r.string("externalHost");
        String notes = r.string("notes");
        locations.put(ElementIds.site(id), doc.locate(r.path()));
        fields.put(ElementIds.site(id), new FieldPositions(r.path(), doc.locations()));
        List<SkupperResource> resources = new ArrayList<>();
        String resourcesPath = YamlPaths.child(r.path(), "resources");
        Object raw = r.remaining().remove("resources");
        if (raw instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String itemPath = YamlPaths.item(resourcesPath, i);
                for (DecodedResource decoded : decoder.decodeAt(doc, itemPath, list.get(i), problems)) {
                    resources.add(decoded.resource());
                    String elementId = ElementIds.resource(id, decoded.resource().kind(), decoded.resource().name());
                    locations.put(elementId, decoded.location());
                    fields.put(elementId, decoded.fields());
                }
            }
        } else if (raw != null) {
            r.error("resources", "site " + id + ": resources must be a list", "write one '- kind: ...' per resource");
        }
        ignoreUnknown(r, doc, "site " + id, ElementIds.site(id), SITE_KEYS, problems);
        return new NetworkSite(id, namespace == null ? id : namespace, platform, target, position, notes,
                externalHost, resources);
    }

    private static Position position(FieldReader r) {
        return new Position(number(r, "x"), number(r, "y"));
    }

    private static double number(FieldReader r, String key) {
        Object value = r.remaining().get(key);
        if (value instanceof Number n) {
            r.remaining().remove(key);
            return n.doubleValue();
        }
        if (value != null) {
            r.error(key, r.path() + "." + key + " must be a number", "write a number such as 120");
        }
        return 0;
    }

    private static NetworkLink link(FieldReader r, YamlDocument doc, Map<String, SourceLocation> locations,
                                    Map<String, FieldPositions> fields, List<Diagnostic> problems) {
        String id = r.string("id");
        String from = r.string("from");
        String to = r.string("to");
        Integer cost = r.integer("cost");
        if (id == null || from == null || to == null) {
            r.error("id", "link needs 'id', 'from' and 'to'", "name the dialing site in 'from', the accepting in 'to'");
            return null;
        }
        locations.put(ElementIds.link(id), doc.locate(r.path()));
        fields.put(ElementIds.link(id), new FieldPositions(r.path(), doc.locations()));
        NetworkLink link = new NetworkLink(id, from, to, cost == null ? 1 : cost, r.string("routerAccess"),
                r.string("realizedBy"));
        ignoreUnknown(r, doc, "link " + id, ElementIds.link(id), LINK_KEYS, problems);
        return link;
    }

    /**
     * A key the format does not have is most likely a misspelling ({@code namespcae}): it would be ignored, the
     * site would get a default, and the key would be gone at the next save, all without a word.
     */
    /** @param elementId the site or link the keys belong to (a click on the warning shows it), or null */
    private static void ignoreUnknown(FieldReader r, YamlDocument doc, String what, String elementId,
                                      List<String> known, List<Diagnostic> problems) {
        for (String key : r.remaining().keySet()) {
            if (known.contains(key)) {
                continue; // read but of the wrong type: already reported
            }
            String meant = EditDistance.closest(key, known, 2);
            problems.add(new Diagnostic(Severity.WARNING, "design.unknown-key", what + " has a key '" + key
                    + "' that design files do not have; it is ignored and will not be saved",
                    elementId == null ? List.of() : List.of(elementId),
                    meant != null ? "did you mean '" + meant + "'?" : "known keys here: " + String.join(", ", known),
                    doc.locate(YamlPaths.child(r.path(), key))));
        }
    }

    private static String baseName(String file) {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
