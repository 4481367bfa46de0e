package org.skupperdesigner.model.validation.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.importer.LinkInference;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Which site a Link or AccessToken resource would actually dial, as far as the resource tells: the target-site
 * annotation our exporter writes, or a host that is exactly one site's external host (or one of its RouterAccess
 * bind hosts and subject alternative names). Loopback and wildcard addresses say nothing and are ignored.
 */
public final class LinkTargets {

    private static final Set<String> MEANINGLESS = Set.of("0.0.0.0", "::", "127.0.0.1", "::1", "localhost");

    private final Map<String, NetworkSite> byIdOrName = new HashMap<>();
    private final Map<String, String> siteByHost = new HashMap<>();

    public LinkTargets(List<NetworkSite> sites) {
        Set<String> ambiguous = new HashSet<>();
        for (NetworkSite s : sites) {
            byIdOrName.putIfAbsent(s.id(), s);
            for (String host : hostsOf(s)) {
                String previous = siteByHost.putIfAbsent(host, s.id());
                if (previous != null && !previous.equals(s.id())) {
                    ambiguous.add(host);
                }
            }
        }
        for (NetworkSite s : sites) {
            byIdOrName.putIfAbsent(s.name(), s);
        }
        ambiguous.forEach(siteByHost::remove);
    }

    /** The site {@code resource} (a Link or AccessToken in {@code from}) dials, when the resource tells. */
    public Optional<NetworkSite> targetOf(NetworkSite from, SkupperResource resource) {
        String annotated = resource.metadata().annotations().get(LinkInference.TARGET_SITE_ANNOTATION);
        if (annotated != null) {
            return Optional.ofNullable(byIdOrName.get(annotated));
        }
        Set<String> found = new HashSet<>();
        for (String host : dialedHosts(resource)) {
            String site = siteByHost.get(host);
            if (site != null && !site.equals(from.id())) {
                found.add(site);
            }
        }
        return found.size() == 1 ? Optional.of(byIdOrName.get(found.iterator().next())) : Optional.empty();
    }

    private static List<String> hostsOf(NetworkSite s) {
        List<String> hosts = new ArrayList<>();
        add(hosts, s.externalHost());
        s.resourcesOf(RouterAccess.class).forEach(ra -> {
            add(hosts, ra.spec().bindHost());
            ra.spec().subjectAlternativeNames().forEach(h -> add(hosts, h));
        });
        return hosts;
    }

    static List<String> dialedHosts(SkupperResource resource) {
        List<String> hosts = new ArrayList<>();
        if (resource instanceof Link link) {
            for (LinkEndpoint e : link.spec().endpoints()) {
                add(hosts, e.host());
            }
        } else if (resource instanceof AccessToken token && token.spec().url() != null) {
            try {
                add(hosts, URI.create(token.spec().url()).getHost());
            } catch (IllegalArgumentException e) {
                // not a URL: token.url reports it
            }
        }
        return hosts;
    }

    private static void add(List<String> hosts, String host) {
        if (host != null && !host.isBlank()) {
            String h = host.toLowerCase(Locale.ROOT);
            if (!MEANINGLESS.contains(h)) {
                hosts.add(h);
            }
        }
    }
}
