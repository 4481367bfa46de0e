package org.skupperdesigner.model.network;

import java.util.Arrays;
import java.util.Optional;

/** How exported sites get linked: Skupper's token exchange, or credentials issued up front by the network PKI. */
public enum LinkMode {
    TOKENS("tokens"), CREDENTIALS("credentials");

    private final String id;

    LinkMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<LinkMode> ofId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equalsIgnoreCase(id)).findFirst();
    }
}
