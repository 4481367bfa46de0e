package org.skupperdesigner.model.validation.support;

import java.util.regex.Pattern;

/** The name grammars Skupper and Kubernetes apply (reference A.3). */
public final class Names {

    /** Kubernetes object names: lowercase alphanumerics, '-' and '.', alphanumeric at both ends, at most 253. */
    public static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    public static final int DNS1123_SUBDOMAIN_MAX = 253;

    /** RFC 1123 label: what the non-kube validator requires of names (no dots; Skupper checks no length). */
    public static final Pattern RFC1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    public static final int LABEL_MAX = 63;

    /** DNS-1035 label: Kubernetes Service names, which a kube listener's host becomes. */
    public static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    /** The skupper CLI's pattern for names and routing keys. */
    public static final Pattern CLI_ROUTING_KEY =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])*(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])*)*");

    /** Non-kube listener/connector host names (when not an IP address). */
    public static final Pattern SYSTEM_HOST = Pattern.compile("[a-z0-9]+([-.][a-z0-9]+)*");

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private Names() {
    }

    // The checks below are hand-written equivalents of the patterns above (tested against them): they run for
    // every resource on every validation, and a char loop is several times faster than a regex.

    public static boolean isDns1123Subdomain(String name) {
        return name != null && name.length() <= DNS1123_SUBDOMAIN_MAX && dottedLabels(name);
    }

    public static boolean isRfc1123Label(String name) {
        return name != null && label(name, 0, name.length());
    }

    /** Lowercase alphanumerics and '-', alphanumeric at both ends, over {@code [from, to)}. */
    private static boolean label(String s, int from, int to) {
        if (to <= from || !alnum(s.charAt(from)) || !alnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (c != '-' && !alnum(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean dottedLabels(String s) {
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                if (!label(s, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Kubernetes namespaces are RFC 1123 labels of at most 63 characters. */
    public static boolean isNamespace(String name) {
        return isRfc1123Label(name) && name.length() <= LABEL_MAX;
    }

    public static boolean isServiceName(String name) {
        return name != null && name.length() <= LABEL_MAX && isRfc1123Label(name) && name.charAt(0) >= 'a'
                && name.charAt(0) <= 'z';
    }

    /** The CLI pattern accepts exactly the dotted labels of a subdomain, with no length limit. */
    public static boolean isCliRoutingKey(String key) {
        return key != null && dottedLabels(key);
    }

    public static boolean isIpAddress(String host) {
        return host != null && (IPV4.matcher(host).matches() || IPV6.matcher(host).matches());
    }

    public static boolean isSystemHost(String host) {
        return host != null && (simpleHost(host) || isIpAddress(host));
    }

    /** {@link #SYSTEM_HOST}: alphanumeric runs separated by single '-' or '.'. */
    private static boolean simpleHost(String h) {
        if (h.isEmpty() || !alnum(h.charAt(0)) || !alnum(h.charAt(h.length() - 1))) {
            return false;
        }
        for (int i = 1; i < h.length(); i++) {
            char c = h.charAt(i);
            boolean separator = c == '-' || c == '.';
            if (!separator && !alnum(c) || separator && !alnum(h.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** True for bind addresses meaning "every interface" on a system site. */
    public static boolean isWildcardAddress(String host) {
        return host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Quotes a value for a message; shows null as {@code (unset)}. */
    public static String quote(Object value) {
        return value == null ? "(unset)" : "'" + value + "'";
    }
}
