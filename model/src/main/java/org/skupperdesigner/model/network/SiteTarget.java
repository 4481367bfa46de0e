package org.skupperdesigner.model.network;

/**
 * Where a site is applied: a kubeconfig context (Kubernetes) or a host for system mode ({@code local} = this
 * machine). Null fields are not chosen yet; the apply step asks for them.
 */
public record SiteTarget(String context, String host) {

    public static final SiteTarget UNSET = new SiteTarget(null, null);
    public static final String LOCAL_HOST = "local";

    public static SiteTarget kubeContext(String context) {
        return new SiteTarget(context, null);
    }

    public static SiteTarget local() {
        return new SiteTarget(null, LOCAL_HOST);
    }

    public boolean isUnset() {
        return context == null && host == null;
    }
}
