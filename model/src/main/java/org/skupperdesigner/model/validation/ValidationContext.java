package org.skupperdesigner.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.DrawnTopology;
import org.skupperdesigner.model.validation.support.ServiceIndex;
import org.skupperdesigner.model.validation.support.SiteAccess;
import org.skupperdesigner.model.validation.support.SiteFacts;
import org.skupperdesigner.model.validation.support.SiteServices;

/**
 * One network snapshot with the indexes network-wide rules share, built once per validation: sites by id, site
 * facts (access, routing-key endpoints), the routing-key index and the drawn topology's separate networks.
 */
public final class ValidationContext {

    private final Network network;
    private final ValidationOptions options;
    private final Map<String, NetworkSite> sitesById;
    private final Map<String, SiteFacts> facts;
    private final List<SiteServices> perSite;
    private ServiceIndex services;
    private final DrawnTopology topology;
    private final Map<String, List<NetworkLink>> linksRealizedBy = new HashMap<>();
    private final Map<Object, Object> derived = new HashMap<>();

    public ValidationContext(Network network, ValidationOptions options) {
        this(network, options, SiteFacts::of, null);
    }

    /**
     * @param siteFacts derives (or recalls) the facts of a site
     * @param topology  a topology already built for this snapshot's site ids and links, or null to build one
     */
    public ValidationContext(Network network, ValidationOptions options, Function<NetworkSite, SiteFacts> siteFacts,
                             DrawnTopology topology) {
        this.network = Objects.requireNonNull(network, "network");
        this.options = Objects.requireNonNull(options, "options");
        sitesById = new LinkedHashMap<>();
        facts = new HashMap<>();
        perSite = new ArrayList<>(network.sites().size());
        for (NetworkSite site : network.sites()) {
            // The first of two sites with one id wins the lookups; ids are unique in a well-formed network.
            if (sitesById.putIfAbsent(site.id(), site) == null) {
                SiteFacts f = siteFacts.apply(site);
                facts.put(site.id(), f);
                perSite.add(f.services());
            }
        }
        this.topology = topology != null ? topology : topologyOf(network);
        for (NetworkLink link : network.links()) {
            if (link.realizedBy() != null) {
                linksRealizedBy.computeIfAbsent(link.fromSite() + "/" + link.realizedBy(), k -> new ArrayList<>())
                        .add(link);
            }
        }
    }

    public static DrawnTopology topologyOf(Network network) {
        return new DrawnTopology(network.sites().stream().map(NetworkSite::id).toList(), network.links());
    }

    public Network network() {
        return network;
    }

    public ValidationOptions options() {
        return options;
    }

    /** The site with that id, or null. */
    public NetworkSite site(String siteId) {
        return sitesById.get(siteId);
    }

    public SiteAccess access(String siteId) {
        SiteFacts f = facts.get(siteId);
        return f == null ? null : f.access();
    }

    /** The routing-key index, built on first use (topology-only re-validation never needs it). */
    public synchronized ServiceIndex services() {
        if (services == null) {
            services = new ServiceIndex(perSite);
        }
        return services;
    }

    public DrawnTopology topology() {
        return topology;
    }

    /** Design links realized by the resource {@code Kind/name} of the dialing site {@code siteId}. */
    public List<NetworkLink> linksRealizedBy(String siteId, String kindAndName) {
        return linksRealizedBy.getOrDefault(siteId + "/" + kindAndName, List.of());
    }

    /**
     * A value derived from this snapshot, computed once and shared by the rules that need it (e.g. routing-key
     * matches). {@code key} identifies the derivation; use a constant.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Object key, Function<ValidationContext, T> derivation) {
        Object value = derived.get(key);
        if (value == null) {
            value = derivation.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    /** Whether the link works as drawn (ends exist and differ, the target offers the dialer's role). */
    public boolean usable(NetworkLink link) {
        NetworkSite from = site(link.fromSite());
        NetworkSite to = site(link.toSite());
        return from != null && to != null && SiteAccess.usable(link, from, to, access(to.id()));
    }
}
