package org.skupperdesigner.model.resource;

import java.util.List;
import java.util.Map;

/** SecuredAccess spec. */
public record SecuredAccessSpec(Map<String, String> selector, List<SecuredAccessPort> ports, String issuer,
                                String certificate, String accessType, Map<String, String> settings,
                                Map<String, Object> unknown) {

    public SecuredAccessSpec {
        selector = Values.sortedCopy(selector);
        ports = Values.listCopy(ports);
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }
}
