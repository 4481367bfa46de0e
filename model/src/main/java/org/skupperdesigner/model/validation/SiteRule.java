package org.skupperdesigner.model.validation;

import org.skupperdesigner.model.network.NetworkSite;

/**
 * A rule whose findings depend on one site alone (its platform, namespace and resources). The incremental validator
 * re-runs these only for sites that changed, so an implementation must not look at anything but {@code site}.
 */
public interface SiteRule extends Rule {

    void checkSite(NetworkSite site, DiagnosticSink out);

    @Override
    default RuleScope scope() {
        return RuleScope.SITE;
    }

    @Override
    default void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkSite site : ctx.network().sites()) {
            checkSite(site, out);
        }
    }
}
