package org.skupperdesigner.simulator.traffic;

import java.util.Locale;

/** What a traffic generator speaks over each connection. */
public enum Protocol {
    /** Write the request bytes, half-close, read until the server closes. */
    TCP,
    /** One HTTP/1.1 POST per connection ({@code Connection: close}); the response body size is requested. */
    HTTP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Protocol ofId(String id) {
        for (Protocol p : values()) {
            if (p.id().equalsIgnoreCase(id)) {
                return p;
            }
        }
        return null;
    }
}
