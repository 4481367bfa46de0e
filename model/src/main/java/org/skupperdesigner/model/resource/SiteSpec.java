package org.skupperdesigner.model.resource;

import java.util.Map;

/** Site spec. Null fields are unset (Skupper's default applies and nothing is written on export). */
public record SiteSpec(String linkAccess, Boolean edge, Boolean ha, String defaultIssuer, String serviceAccount,
                       Map<String, String> settings, Map<String, Object> unknown) {

    public static final String DEFAULT_ISSUER = "skupper-site-ca";

    public SiteSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public static SiteSpec empty() {
        return new SiteSpec(null, null, null, null, null, Map.of(), Map.of());
    }

    public boolean isEdge() {
        return Boolean.TRUE.equals(edge);
    }

    public boolean isHa() {
        return Boolean.TRUE.equals(ha);
    }

    /** True when the site accepts links through its own link access setting. */
    public boolean hasLinkAccess() {
        return linkAccess != null && !linkAccess.isBlank() && !"none".equals(linkAccess);
    }

    public String effectiveDefaultIssuer() {
        return defaultIssuer == null ? DEFAULT_ISSUER : defaultIssuer;
    }

    public SiteSpec withLinkAccess(String value) {
        return new SiteSpec(value, edge, ha, defaultIssuer, serviceAccount, settings, unknown);
    }

    public SiteSpec withEdge(Boolean value) {
        return new SiteSpec(linkAccess, value, ha, defaultIssuer, serviceAccount, settings, unknown);
    }

    public SiteSpec withHa(Boolean value) {
        return new SiteSpec(linkAccess, edge, value, defaultIssuer, serviceAccount, settings, unknown);
    }
}
