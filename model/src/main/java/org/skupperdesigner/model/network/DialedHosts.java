package org.skupperdesigner.model.network;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * What a Link or AccessToken says about the site it dials: the target-site annotation our exporter writes, and the
 * hosts it connects to. Shared by import (which infers drawn links from them) and validation (which checks them),
 * so both read a resource the same way. Loopback and wildcard addresses name no site and are left out.
 */
public final class DialedHosts {

    /** Written by the exporter on Links and AccessTokens: the id of the site they dial. */
    public static final String TARGET_SITE_ANNOTATION = "skupperdesigner.org/target-site";

    private static final Set<String> MEANINGLESS = Set.of("0.0.0.0", "::", "127.0.0.1", "::1", "localhost");

    private DialedHosts() {
    }

    /** The site id or name in the target-site annotation, if the resource has one. */
    public static Optional<String> annotatedTarget(SkupperResource resource) {
        return Optional.ofNullable(resource.metadata().annotations().get(TARGET_SITE_ANNOTATION));
    }

    /** The hosts a Link's endpoints or an AccessToken's URL point at, lower-cased, without duplicates. */
    public static List<String> of(SkupperResource resource) {
        List<String> hosts = new ArrayList<>();
        if (resource instanceof Link link) {
            for (LinkEndpoint e : link.spec().endpoints()) {
                add(hosts, e.host());
            }
        } else if (resource instanceof AccessToken token && token.spec().url() != null) {
            try {
                add(hosts, URI.create(token.spec().url()).getHost());
            } catch (IllegalArgumentException e) {
                // not a URL: the token.url rule reports it
            }
        }
        return hosts;
    }

    /** Adds {@code host} normalised, unless it is blank, meaningless or already there. */
    public static void add(List<String> hosts, String host) {
        if (host != null && !host.isBlank()) {
            String h = host.toLowerCase(Locale.ROOT);
            if (!MEANINGLESS.contains(h) && !hosts.contains(h)) {
                hosts.add(h);
            }
        }
    }
}
