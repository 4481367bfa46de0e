package org.skupperdesigner.model.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.resource.Values;

/**
 * The whole design: sites, the link topology between them and design-level settings. Immutable; every edit is a
 * function {@code Network -> Network} returning a new snapshot (see {@code docs/decisions/0002}).
 *
 * @param name       the network's name
 * @param notes      free text
 * @param linkMode   how export links the sites (tokens or pre-issued credentials)
 * @param sites      sites in a stable order
 * @param links      the link topology in a stable order
 * @param simulation simulation-only settings (workloads, traffic); never exported as Skupper YAML
 */
public record Network(String name, String notes, LinkMode linkMode, List<NetworkSite> sites, List<NetworkLink> links,
                      Map<String, Object> simulation) {

    public Network {
        Objects.requireNonNull(name, "name");
        notes = notes == null ? "" : notes;
        linkMode = linkMode == null ? LinkMode.TOKENS : linkMode;
        sites = List.copyOf(sites);
        links = List.copyOf(links);
        simulation = Values.orderedCopy(simulation);
    }

    public static Network empty(String name) {
        return new Network(name, "", LinkMode.TOKENS, List.of(), List.of(), Map.of());
    }

    public Optional<NetworkSite> site(String siteId) {
        return sites.stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    /** The resource a resource element id ({@code west/Listener/backend}) names, if the design has it. */
    public Optional<SkupperResource> resource(String elementId) {
        String[] parts = elementId.split("/", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return site(parts[0]).flatMap(s -> ResourceKind.ofKind(parts[1]).flatMap(kind -> s.find(kind, parts[2])));
    }

    /** Looks a site up by id first, then by name (people type names). */
    public Optional<NetworkSite> siteByIdOrName(String idOrName) {
        return site(idOrName).or(() -> sites.stream().filter(s -> s.name().equals(idOrName)).findFirst());
    }

    public Optional<NetworkLink> link(String linkId) {
        return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    public List<NetworkLink> linksOf(String siteId) {
        return links.stream().filter(l -> l.touches(siteId)).toList();
    }

    public Network withName(String newName) {
        return new Network(newName, notes, linkMode, sites, links, simulation);
    }

    public Network withNotes(String newNotes) {
        return new Network(name, newNotes, linkMode, sites, links, simulation);
    }

    public Network withLinkMode(LinkMode newMode) {
        return new Network(name, notes, newMode, sites, links, simulation);
    }

    public Network withSimulation(Map<String, Object> newSimulation) {
        return new Network(name, notes, linkMode, sites, links, newSimulation);
    }

    public Network withSites(List<NetworkSite> newSites) {
        return new Network(name, notes, linkMode, newSites, links, simulation);
    }

    public Network withLinks(List<NetworkLink> newLinks) {
        return new Network(name, notes, linkMode, sites, newLinks, simulation);
    }

    /** Adds the site, or replaces the site with the same id in place. */
    public Network withSite(NetworkSite site) {
        List<NetworkSite> copy = new ArrayList<>(sites);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(site.id())) {
                copy.set(i, site);
                return withSites(copy);
            }
        }
        copy.add(site);
        return withSites(copy);
    }

    /** Applies {@code edit} to one site; unchanged when there is no such site. */
    public Network updateSite(String siteId, UnaryOperator<NetworkSite> edit) {
        return site(siteId).map(s -> withSite(edit.apply(s))).orElse(this);
    }

    /** Removes the site and every link touching it. */
    public Network withoutSite(String siteId) {
        return new Network(name, notes, linkMode, sites.stream().filter(s -> !s.id().equals(siteId)).toList(),
                links.stream().filter(l -> !l.touches(siteId)).toList(), simulation);
    }

    /** Adds the link, or replaces the link with the same id in place. */
    public Network withLink(NetworkLink link) {
        List<NetworkLink> copy = new ArrayList<>(links);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(link.id())) {
                copy.set(i, link);
                return withLinks(copy);
            }
        }
        copy.add(link);
        return withLinks(copy);
    }

    public Network withoutLink(String linkId) {
        return withLinks(links.stream().filter(l -> !l.id().equals(linkId)).toList());
    }

    /** An id not used by any site yet, derived from {@code base}. */
    public String freeSiteId(String base) {
        return freeId(base, candidate -> site(candidate).isPresent());
    }

    /** An id not used by any link yet, derived from {@code base}. */
    public String freeLinkId(String base) {
        return freeId(base, candidate -> link(candidate).isPresent());
    }

    private static String freeId(String base, java.util.function.Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
