package org.skupperdesigner.model.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.DialedHosts;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Works out which site a Link or AccessToken dials, so imported YAML shows its topology. In order: the
 * target-site annotation (written by our exporter), a host equal to a site's external host, or a
 * host whose DNS labels name exactly one other site (e.g. {@code skupper-inter-router-west.apps.example.com}).
 * Anything else is reported, never guessed.
 */
public final class LinkInference {

    public static final String TARGET_SITE_ANNOTATION = DialedHosts.TARGET_SITE_ANNOTATION;

    public Network inferLinks(Network network, Map<String, SourceLocation> locations, List<Diagnostic> problems) {
        Network result = network;
        for (NetworkSite site : network.sites()) {
            for (SkupperResource resource : site.resources()) {
                if (!(resource instanceof Link) && !(resource instanceof AccessToken)) {
                    continue;
                }
                if (isAlreadyRealized(result, site, resource)) {
                    continue;
                }
                String elementId = site.elementId(resource);
                List<NetworkSite> targets = targets(network, site, resource);
                if (targets.size() == 1) {
                    String to = targets.get(0).id();
                    NetworkLink link = new NetworkLink(result.freeLinkId(site.id() + "-to-" + to), site.id(), to,
                            cost(resource), null, resource.kindAndName());
                    result = result.withLink(link);
                    locations.putIfAbsent(ElementIds.link(link.id()), locations.get(elementId));
                } else {
                    String why = targets.isEmpty() ? "no site in the design matches its host"
                            : "several sites match its host";
                    problems.add(new Diagnostic(Severity.WARNING, "import.link-target-unknown",
                            resource.kindAndName() + " in site " + site.name() + ": cannot tell which site it dials ("
                                    + why + ")", List.of(elementId),
                            "draw the link in the designer, or add the annotation " + TARGET_SITE_ANNOTATION,
                            locations.get(elementId)));
                }
            }
        }
        return result;
    }

    private static boolean isAlreadyRealized(Network network, NetworkSite site, SkupperResource resource) {
        return network.links().stream().anyMatch(l -> l.fromSite().equals(site.id())
                && resource.kindAndName().equals(l.realizedBy()));
    }

    private static List<NetworkSite> targets(Network network, NetworkSite from, SkupperResource resource) {
        Optional<String> annotated = DialedHosts.annotatedTarget(resource);
        if (annotated.isPresent()) {
            return network.siteByIdOrName(annotated.get()).map(List::of).orElse(List.of());
        }
        Set<NetworkSite> matches = new LinkedHashSet<>();
        for (String host : DialedHosts.of(resource)) {
            for (NetworkSite candidate : network.sites()) {
                if (!candidate.id().equals(from.id()) && hostNames(host, candidate)) {
                    matches.add(candidate);
                }
            }
        }
        return new ArrayList<>(matches);
    }

    private static boolean hostNames(String host, NetworkSite site) {
        String h = host;
        if (site.externalHost() != null && h.equals(site.externalHost().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String label : h.split("\\.")) {
            for (String name : List.of(site.name(), site.namespace(), site.id())) {
                String n = name.toLowerCase(Locale.ROOT);
                if (label.equals(n) || label.endsWith("-" + n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int cost(SkupperResource resource) {
        if (resource instanceof Link link) {
            return link.spec().effectiveCost();
        }
        return ((AccessToken) resource).spec().effectiveLinkCost();
    }
}
