package org.skupperdesigner.exporters.plan;

/** The kinds of apply steps, in the order an apply runs them. */
public enum StepKind {
    /** Create the site's namespace when it does not exist. */
    NAMESPACE,
    /** Site, Secrets, Certificates, RouterAccess, SecuredAccess: what a site needs before anything links to it. */
    SITE,
    WAIT_SITE_READY,
    /** AccessGrants in accepting sites (renewed when expired or spent). */
    GRANTS,
    WAIT_GRANTS,
    /** AccessTokens completed from grant status, and pre-issued Links, in dialing sites. */
    LINKS,
    WAIT_LINKS,
    /** Write a system-mode site's input resources. */
    SYSTEM_WRITE,
    /** Run {@code skupper system reload} (or say what to run). */
    SYSTEM_RELOAD,
    /** Listeners, connectors and the rest. */
    SERVICES,
    WAIT_MATCHED,
    /** Delete what the designer manages but the design no longer has (only with --prune). */
    PRUNE
}
