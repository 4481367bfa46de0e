package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * A site that accepts links, how, and who dials it.
 *
 * @param site          the site id
 * @param platform      kubernetes, docker, podman or linux
 * @param access        its access points
 * @param incomingLinks usable links dialing it ({@code link-id <- dialing-site})
 */
public record SiteExposure(String site, String platform, List<AccessPoint> access, List<String> incomingLinks) {

    public SiteExposure {
        access = List.copyOf(access);
        incomingLinks = List.copyOf(incomingLinks);
    }
}
