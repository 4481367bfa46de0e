package org.skupperdesigner.model.resource;

import java.util.Map;

/** MultiKeyListener spec. */
public record MultiKeyListenerSpec(String host, Integer port, String tlsCredentials, Boolean requireClientCert,
                                   String observer, MultiKeyStrategy strategy, Map<String, String> settings,
                                   Map<String, Object> unknown) {

    public MultiKeyListenerSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public MultiKeyListenerSpec withStrategy(MultiKeyStrategy value) {
        return new MultiKeyListenerSpec(host, port, tlsCredentials, requireClientCert, observer, value, settings,
                unknown);
    }
}
