package org.skupperdesigner.model.resource;

import java.util.List;
import java.util.Map;

/** RouterAccess spec. */
public record RouterAccessSpec(List<RouterAccessRole> roles, String tlsCredentials, Boolean generateTlsCredentials,
                               String issuer, String accessType, String bindHost, List<String> subjectAlternativeNames,
                               Map<String, String> settings, Map<String, Object> unknown) {

    public RouterAccessSpec {
        roles = Values.listCopy(roles);
        subjectAlternativeNames = Values.listCopy(subjectAlternativeNames);
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> role.equals(r.name()));
    }
}
