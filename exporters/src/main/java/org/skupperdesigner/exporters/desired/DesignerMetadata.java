package org.skupperdesigner.exporters.desired;

import java.util.Locale;

import org.skupperdesigner.model.network.DialedHosts;

/**
 * Labels and annotations Skupper Designer puts on what it exports and applies. The labels select what the designer
 * manages (for prune and drift); the annotations carry what a re-import needs to rebuild the same design.
 */
public final class DesignerMetadata {

    /** The standard "who manages this" label; value {@value #MANAGER}. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "skupper-designer";
    /** Label: the network a resource belongs to (sanitized network name). */
    public static final String NETWORK = "skupperdesigner.org/network";

    /** Annotation on generated link resources: the design link they realize. */
    public static final String LINK_ID = "skupperdesigner.org/link-id";
    /** Annotation on generated Links/AccessTokens: the accepting site (read by the model's link inference). */
    public static final String TARGET_SITE = DialedHosts.TARGET_SITE_ANNOTATION;
    /** Annotation on generated AccessGrants and accepting-side credentials: the dialing site. */
    public static final String DIALING_SITE = "skupperdesigner.org/dialing-site";
    /** Annotation on generated link resources: the RouterAccess the design link names, when it names one. */
    public static final String ROUTER_ACCESS = "skupperdesigner.org/router-access";
    /** Annotation on generated resources that are not tied to one link (the accepting RouterAccess). */
    public static final String GENERATED = "skupperdesigner.org/generated";
    /** Annotation on generated Secrets: fingerprint of what the certificate was issued for (reuse check). */
    public static final String CREDENTIAL = "skupperdesigner.org/credential";
    /** Annotation on Secrets holding a private key. */
    public static final String SENSITIVE = "skupperdesigner.org/sensitive";

    /** Annotations on the Site resource that let a re-import restore the site's design properties. */
    public static final String SITE_ID = "skupperdesigner.org/site-id";
    public static final String PLATFORM = "skupperdesigner.org/platform";
    public static final String TARGET_CONTEXT = "skupperdesigner.org/target-context";
    public static final String TARGET_HOST = "skupperdesigner.org/target-host";
    public static final String EXTERNAL_HOST = "skupperdesigner.org/external-host";
    /** Annotation on the Site resource: the design's link mode. */
    public static final String LINK_MODE = "skupperdesigner.org/link-mode";

    /** Prefix shared by every annotation above. */
    public static final String PREFIX = "skupperdesigner.org/";

    private DesignerMetadata() {
    }

    /** A Kubernetes label value: at most 63 characters of {@code [A-Za-z0-9-_.]}, alphanumeric at both ends. */
    public static String labelValue(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]", "-");
        if (cleaned.length() > 63) {
            cleaned = cleaned.substring(0, 63);
        }
        cleaned = cleaned.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[^A-Za-z0-9]+$", "");
        return cleaned.isEmpty() ? "network" : cleaned;
    }

    /**
     * A resource name valid everywhere Skupper runs: an RFC 1123 label (the non-Kubernetes validator refuses dots),
     * lower case, at most 63 characters.
     */
    public static String resourceName(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (cleaned.length() > 63) {
            cleaned = cleaned.substring(0, 63);
        }
        cleaned = cleaned.replaceAll("^-+", "").replaceAll("-+$", "");
        return cleaned.isEmpty() ? "link" : cleaned;
    }
}
