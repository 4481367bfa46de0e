package org.skupperdesigner.model.validation.rules.names;

import java.util.Locale;

/** Turns an invalid name into the nearest valid one, for fix hints. */
final class NameSuggestions {

    private NameSuggestions() {
    }

    /** Lower case, every run of other characters as one '-', trimmed to alphanumerics at both ends. */
    static String label(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "name" : s;
    }

    /** Like {@link #label} but keeps dots between valid labels. */
    static String subdomain(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("-*\\.-*", ".").replaceAll("\\.+", ".").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > 253) {
            s = s.substring(0, 253).replaceAll("[-.]+$", "");
        }
        return s.isEmpty() ? "name" : s;
    }

    /** A Service name: a label starting with a letter, at most 63 characters. */
    static String serviceName(String name) {
        String s = label(name);
        if (!Character.isLetter(s.charAt(0))) {
            s = "svc-" + s;
        }
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("-+$", "");
        }
        return s;
    }
}
