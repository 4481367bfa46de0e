package org.skupperdesigner.model.validation.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.network.DialedHosts;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Which site a Link or AccessToken resource would actually dial, as far as the resource tells: the target-site
 * annotation our exporter writes, or a host that is exactly one site's external host (or one of its RouterAccess
 * bind hosts and subject alternative names). Loopback and wildcard addresses say nothing and are ignored.
 */
public final class LinkTargets {

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
        Optional<String> annotated = DialedHosts.annotatedTarget(resource);
        if (annotated.isPresent()) {
            return Optional.ofNullable(byIdOrName.get(annotated.get()));
        }
        Set<String> found = new HashSet<>();
        for (String host : DialedHosts.of(resource)) {
            String site = siteByHost.get(host);
            if (site != null && !site.equals(from.id())) {
                found.add(site);
            }
        }
        return found.size() == 1 ? Optional.of(byIdOrName.get(found.iterator().next())) : Optional.empty();
    }

    private static List<String> hostsOf(NetworkSite s) {
        List<String> hosts = new ArrayList<>();
        DialedHosts.add(hosts, s.externalHost());
        s.resourcesOf(RouterAccess.class).forEach(ra -> {
            DialedHosts.add(hosts, ra.spec().bindHost());
            ra.spec().subjectAlternativeNames().forEach(h -> DialedHosts.add(hosts, h));
        });
        return hosts;
    }
}
