package org.skupperdesigner.app.ui.palette;

import java.util.Arrays;
import java.util.Optional;

/** The service resources the palette adds to a site: each with its drag payload and its name in messages. */
public enum ServiceKind {
    LISTENER("listener", "listener"),
    CONNECTOR("connector", "connector"),
    MULTI_KEY_LISTENER("multi-key-listener", "multi-key listener");

    private final String payload;
    private final String noun;

    ServiceKind(String payload, String noun) {
        this.payload = payload;
        this.noun = noun;
    }

    /** What a palette tile puts on the dragboard. */
    public String payload() {
        return payload;
    }

    /** "listener", "multi-key listener". */
    public String noun() {
        return noun;
    }

    static Optional<ServiceKind> ofPayload(String payload) {
        return Arrays.stream(values()).filter(k -> k.payload.equals(payload)).findFirst();
    }
}
