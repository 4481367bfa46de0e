package org.skupperdesigner.model.validation;

/**
 * What a rule's findings depend on, so the incremental validator knows when it can reuse them.
 */
public enum RuleScope {
    /** One site alone ({@link SiteRule}); re-run only for sites that changed. */
    SITE,
    /**
     * The link topology (links and the design's link mode) and each site's "shape": id, namespace, platform, target, external host and its Site,
     * RouterAccess, AccessGrant, AccessToken and Link resources. Never listeners, connectors or secrets.
     */
    TOPOLOGY,
    /** The routing-key endpoints of every site (see {@code ServiceShape}) and the drawn topology's partition. */
    SERVICES,
    /** Anything; re-run on every snapshot. */
    NETWORK
}
