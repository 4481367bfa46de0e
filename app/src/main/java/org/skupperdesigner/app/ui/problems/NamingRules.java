package org.skupperdesigner.app.ui.problems;

import java.util.regex.Pattern;

/**
 * Skupper's name and routing-key patterns (SKUPPER-SEMANTICS A.3), used to check fields as the user types.
 * Returns an error message or null.
 */
public final class NamingRules {

    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    private static final Pattern SUBDOMAIN =
            Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])*(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])*)*$");
    private static final Pattern HOST = Pattern.compile("^[a-zA-Z0-9]+([-.][a-zA-Z0-9]+)*$");

    private NamingRules() {
    }

    public static String checkName(String value) {
        if (value == null || value.isBlank()) {
            return "a name is required";
        }
        if (value.length() > 63) {
            return "at most 63 characters";
        }
        return LABEL.matcher(value).matches() ? null
                : "lowercase letters, digits and '-', starting and ending with a letter or digit";
    }

    public static String checkRoutingKey(String value) {
        if (value == null || value.isBlank()) {
            return "a routing key is required";
        }
        return SUBDOMAIN.matcher(value).matches() ? null
                : "lowercase letters, digits, '-' and '.', e.g. backend or db.primary";
    }

    public static String checkHost(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return HOST.matcher(value).matches() ? null : "a host name or IP address";
    }

    public static String checkPort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int port = Integer.parseInt(value.trim());
            return port >= 1 && port <= 65535 ? null : "a port between 1 and 65535";
        } catch (NumberFormatException e) {
            return "a whole number";
        }
    }

    public static String checkCost(String value) {
        try {
            int cost = Integer.parseInt(value.trim());
            return cost >= 1 ? null : "the cost must be 1 or more";
        } catch (NumberFormatException | NullPointerException e) {
            return "a whole number, 1 or more";
        }
    }
}
