package org.skupperdesigner.model.resource;

import java.util.Map;

/** One port of a SecuredAccess. */
public record SecuredAccessPort(String name, Integer port, Integer targetPort, String protocol,
                                Map<String, Object> unknown) {

    public SecuredAccessPort {
        unknown = Values.orderedCopy(unknown);
    }
}
