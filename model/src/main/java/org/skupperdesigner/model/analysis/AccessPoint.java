package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * One way into a site for dialing sites.
 *
 * @param via        {@code linkAccess} (the RouterAccess the controller derives) or {@code RouterAccess}
 * @param name       the RouterAccess name
 * @param accessType how it is exposed (Kubernetes access type, {@code host} on system sites)
 * @param roles      {@code role:port} pairs
 */
public record AccessPoint(String via, String name, String accessType, List<String> roles) {

    public AccessPoint {
        roles = List.copyOf(roles);
    }
}
