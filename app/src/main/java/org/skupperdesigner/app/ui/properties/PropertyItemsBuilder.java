package org.skupperdesigner.app.ui.properties;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.Edit;
import org.skupperdesigner.app.ui.problems.NamingRules;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Builds the property sheet rows for an element id: the network itself (nothing selected), a site (where it runs and
 * its Site spec), a link, or any resource (its name and every spec field, found by reflection on the spec record).
 * Each row commits one edit that looks the element up again in the then-current network.
 */
final class PropertyItemsBuilder {

    static final List<String> LINK_ACCESS = List.of(RecordFields.UNSET, "none", "default", "local", "loadbalancer",
            "route", "nodeport", "ingress", "ingress-nginx", "contour-http-proxy", "gateway");
    private static final List<String> BOOLEAN = List.of(RecordFields.UNSET, "true", "false");

    private final DocumentModel document;
    private final SelectionModel selection;

    PropertyItemsBuilder(DocumentModel document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
    }

    List<FieldItem> build(String elementId) {
        Network network = document.network();
        if (elementId == null) {
            return networkItems(network);
        }
        if (ElementIds.isSite(elementId)) {
            return network.site(ElementIds.siteOf(elementId)).map(this::siteItems).orElse(List.of());
        }
        if (ElementIds.isLink(elementId)) {
            return network.link(elementId.substring(ElementIds.LINK_PREFIX.length()))
                    .map(l -> linkItems(network, l)).orElse(List.of());
        }
        return network.resource(elementId).map(r -> resourceItems(ElementIds.siteOf(elementId), r))
                .orElse(List.of());
    }

    private List<FieldItem> networkItems(Network n) {
        List<FieldItem> items = new ArrayList<>();
        items.add(text("network.name", "Network", "Name", "The design's name", n.name(), NamingRules::checkName,
                v -> apply("Rename network", net -> net.withName(v))));
        items.add(choice("network.linkMode", "Network", "Link mode",
                "tokens: sites exchange AccessGrant/AccessToken; credentials: the design's PKI issues link secrets",
                n.linkMode().id(), Arrays.stream(LinkMode.values()).map(LinkMode::id).toList(),
                v -> apply("Set link mode", net -> net.withLinkMode(LinkMode.ofId(v).orElse(LinkMode.TOKENS)))));
        items.add(new FieldItem("network.notes", "Network", "Notes", "Free text", FieldKind.MULTILINE, List.of(),
                null, v -> apply("Edit notes", net -> net.withNotes(v)), n.notes()));
        return items;
    }

    private List<FieldItem> siteItems(NetworkSite site) {
        String id = site.id();
        List<FieldItem> items = new ArrayList<>();
        items.add(readOnly("id", "Site", "Id", "Stable id in the design", id));
        items.add(text("metadata.name", "Site", "Name", "metadata.name of the Site resource", site.name(),
                NamingRules::checkName, v -> site(id, "Rename site", s -> s.siteResource()
                        .map(r -> s.replacing(r, r.withName(v))).orElse(s))));
        items.add(text("namespace", "Site", "Namespace", "Kubernetes or system namespace", site.namespace(),
                NamingRules::checkName, v -> site(id, "Set namespace", s -> s.withNamespace(v))));
        items.add(choice("platform", "Site", "Platform", "Where the site runs", site.platform().id(),
                Arrays.stream(Platform.values()).map(Platform::id).toList(),
                v -> site(id, "Set platform", s -> s.withPlatform(Platform.ofId(v).orElse(s.platform())))));
        items.add(text("target.context", "Site", "Kube context", "kubeconfig context to apply to",
                site.target().context(), null, v -> site(id, "Set context",
                        s -> s.withTarget(new SiteTarget(blankToNull(v), s.target().host())))));
        items.add(text("target.host", "Site", "Target host", "host for system sites (local = this machine)",
                site.target().host(), NamingRules::checkHost, v -> site(id, "Set target host",
                        s -> s.withTarget(new SiteTarget(s.target().context(), blankToNull(v))))));
        items.add(text("externalHost", "Site", "External host", "host other sites dial",
                site.externalHost(), NamingRules::checkHost,
                v -> site(id, "Set external host", s -> s.withExternalHost(blankToNull(v)))));
        items.add(new FieldItem("notes", "Site", "Notes", "Free text", FieldKind.MULTILINE, List.of(), null,
                v -> site(id, "Edit notes", s -> s.withNotes(v)), site.notes()));
        site.siteResource().ifPresent(r -> items.addAll(specItems(id, r, "Site")));
        return items;
    }

    private List<FieldItem> linkItems(Network network, NetworkLink link) {
        String id = link.id();
        List<String> sites = network.sites().stream().map(NetworkSite::id).toList();
        List<FieldItem> items = new ArrayList<>();
        items.add(readOnly("id", "Link", "Id", "Stable id in the design", id));
        items.add(choice("from", "Link", "From (dials)", "The site that dials: holds the Link/AccessToken",
                link.fromSite(), sites, v -> link(id, "Set link source",
                        l -> new NetworkLink(l.id(), v, l.toSite(), l.cost(), l.routerAccess(), l.realizedBy()))));
        items.add(choice("to", "Link", "To (accepts)", "The site that accepts: needs link access",
                link.toSite(), sites, v -> link(id, "Set link target",
                        l -> new NetworkLink(l.id(), l.fromSite(), v, l.cost(), l.routerAccess(), l.realizedBy()))));
        items.add(text("cost", "Link", "Cost", "Routing cost, 1 or more", String.valueOf(link.cost()),
                NamingRules::checkCost, v -> link(id, "Set link cost", l -> l.withCost(Integer.parseInt(v.trim())))));
        items.add(text("routerAccess", "Link", "Router access", "RouterAccess to dial; empty = the default",
                link.routerAccess(), null, v -> link(id, "Set router access", l -> new NetworkLink(l.id(),
                        l.fromSite(), l.toSite(), l.cost(), blankToNull(v), l.realizedBy()))));
        items.add(readOnly("realizedBy", "Link", "Realized by", "Link or AccessToken that already realizes it",
                link.realizedBy()));
        return items;
    }

    private List<FieldItem> resourceItems(String siteId, SkupperResource resource) {
        List<FieldItem> items = new ArrayList<>();
        String category = resource.kind().kind();
        ResourceKind kind = resource.kind();
        String oldName = resource.name();
        items.add(text("metadata.name", category, "Name", "metadata.name", oldName, NamingRules::checkName, v -> {
            apply("Rename " + category.toLowerCase(java.util.Locale.ROOT), n -> n.updateSite(siteId,
                    s -> s.find(kind, oldName).map(r -> s.replacing(r, r.withName(v))).orElse(s)));
            selection.select(ElementIds.resource(siteId, kind, v));
        }));
        items.addAll(specItems(siteId, resource, category));
        return items;
    }

    /** One row per component of the resource's spec record (or of the resource itself for a Secret). */
    private List<FieldItem> specItems(String siteId, SkupperResource resource, String category) {
        Object spec = RecordFields.get((Record) resource, "spec");
        Record holder = spec instanceof Record ? (Record) spec : (Record) resource;
        boolean nested = spec instanceof Record;
        List<FieldItem> items = new ArrayList<>();
        for (RecordComponent c : RecordFields.components(holder)) {
            String field = c.getName();
            if (List.of("unknown", "extra", "metadata").contains(field)) {
                continue;
            }
            Object value = RecordFields.get(holder, c);
            if (value instanceof MultiKeyStrategy || "strategy".equals(field) && resource instanceof MultiKeyListener) {
                items.addAll(strategyItems(siteId, resource, category, (MultiKeyStrategy) value));
                continue;
            }
            String key = nested ? "spec." + field : field;
            String label = RecordFields.label(field);
            boolean secretValues = resource.kind() == ResourceKind.SECRET && value instanceof java.util.Map;
            FieldKind kind = secretValues ? FieldKind.READ_ONLY : RecordFields.kindOf(c.getGenericType());
            String shown = secretValues ? "keys: " + String.join(", ", ((java.util.Map<?, ?>) value).keySet().stream()
                    .map(Object::toString).toList()) : RecordFields.format(value, c.getGenericType());
            if (kind == FieldKind.READ_ONLY) {
                items.add(readOnly(key, category, label, "edit in YAML: not a simple field", shown));
                continue;
            }
            ResourceKind rk = resource.kind();
            String name = resource.name();
            Consumer<String> commit = v -> apply("Set " + label.toLowerCase(java.util.Locale.ROOT),
                    n -> n.updateSite(siteId, s -> s.find(rk, name)
                            .map(r -> s.replacing(r, withField(r, nested, field, RecordFields.parse(v,
                                    c.getGenericType())))).orElse(s)));
            Function<String, String> check = v -> checkField(field, v, c);
            if ("linkAccess".equals(field)) {
                items.add(new FieldItem(key, category, label, "How other sites reach this one", FieldKind.CHOICE,
                        LINK_ACCESS, null, v -> commit.accept(RecordFields.UNSET.equals(v) ? "" : v),
                        value == null ? RecordFields.UNSET : value.toString()));
            } else if (kind == FieldKind.BOOLEAN) {
                items.add(new FieldItem(key, category, label, field, FieldKind.BOOLEAN, BOOLEAN, null, commit,
                        shown));
            } else {
                items.add(new FieldItem(key, category, label, field, FieldKind.TEXT, List.of(), check, commit,
                        shown));
            }
        }
        return items;
    }

    /**
     * A multi-key listener's strategy: its type, and its keys as text (the row findings about the keys stand under,
     * {@code spec.strategy}). Changing the type keeps the keys.
     */
    private List<FieldItem> strategyItems(String siteId, SkupperResource resource, String category,
                                          MultiKeyStrategy strategy) {
        ResourceKind rk = resource.kind();
        String name = resource.name();
        String type = StrategyField.type(strategy);
        Consumer<MultiKeyStrategy> set = next -> apply("Set strategy", n -> n.updateSite(siteId, s -> s.find(rk, name)
                .map(r -> s.replacing(r, withField(r, true, "strategy", next))).orElse(s)));
        return List.of(
                new FieldItem("spec.strategy.type", category, "Strategy", "priority: the first key with a reachable "
                        + "connector takes every new connection (failover); weighted: keys share them by weight",
                        FieldKind.CHOICE, StrategyField.TYPES, null,
                        v -> set.accept(StrategyField.withType(strategy, v)), type),
                new FieldItem("spec.strategy", category, "Routing keys", StrategyField.PRIORITY.equals(type)
                        ? "In priority order, separated by commas" : "key=weight pairs, separated by commas",
                        FieldKind.TEXT, List.of(), v -> StrategyField.problem(v, type),
                        v -> set.accept(StrategyField.parse(v, type)), StrategyField.keysText(strategy)));
    }

    private static SkupperResource withField(SkupperResource resource, boolean nested, String field, Object value) {
        if (!nested) {
            return (SkupperResource) RecordFields.with((Record) resource, field, value);
        }
        Record spec = (Record) RecordFields.get((Record) resource, "spec");
        return (SkupperResource) RecordFields.with((Record) resource, "spec", RecordFields.with(spec, field, value));
    }

    private static String checkField(String field, String value, RecordComponent c) {
        String typeProblem = RecordFields.typeProblem(value, c.getGenericType());
        if (typeProblem != null) {
            return typeProblem;
        }
        switch (field) {
            case "routingKey":
                return NamingRules.checkRoutingKey(value);
            case "port":
                return NamingRules.checkPort(value);
            case "host":
                return NamingRules.checkHost(value);
            case "cost":
            case "linkCost":
                return value.isBlank() ? null : NamingRules.checkCost(value);
            default:
                return null;
        }
    }

    private void apply(String label, UnaryOperator<Network> change) {
        document.apply(new Edit(label, change));
    }

    private void site(String siteId, String label, UnaryOperator<NetworkSite> change) {
        apply(label, n -> n.updateSite(siteId, change));
    }

    private void link(String linkId, String label, UnaryOperator<NetworkLink> change) {
        apply(label, n -> n.link(linkId).map(l -> n.withLink(change.apply(l))).orElse(n));
    }

    private static FieldItem text(String key, String category, String name, String description, String value,
                                  Function<String, String> check, Consumer<String> commit) {
        return new FieldItem(key, category, name, description, FieldKind.TEXT, List.of(), check, commit, value);
    }

    private static FieldItem choice(String key, String category, String name, String description, String value,
                                    List<String> choices, Consumer<String> commit) {
        return new FieldItem(key, category, name, description, FieldKind.CHOICE, choices, null, commit, value);
    }

    private static FieldItem readOnly(String key, String category, String name, String description, String value) {
        return new FieldItem(key, category, name, description, FieldKind.READ_ONLY, List.of(), null, null, value);
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    static boolean isSiteResource(SkupperResource r) {
        return r instanceof Site;
    }
}
