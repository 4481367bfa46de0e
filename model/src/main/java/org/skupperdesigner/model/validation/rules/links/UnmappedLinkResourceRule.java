package org.skupperdesigner.model.validation.rules.links;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * A Link or AccessToken in a site that no link of the topology is realized by: it will connect somewhere, but the
 * designer cannot tell where, so analysis and the other link rules do not see it. Resources that point into
 * another network are reported by {@code link.joins-networks} instead.
 */
public final class UnmappedLinkResourceRule extends AbstractRule {

    public UnmappedLinkResourceRule() {
        super("link.unmapped-resource", Severity.WARNING,
                "A Link or AccessToken resource is not tied to any link of the topology.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkSite site : ctx.network().sites()) {
            for (SkupperResource r : site.resources()) {
                if ((r instanceof Link || r instanceof AccessToken)
                        && ctx.linksRealizedBy(site.id(), r.kindAndName()).isEmpty()
                        && LinkJoinsNetworksRule.joinedSite(ctx, site, r).isEmpty()) {
                    report(out, r.kindAndName() + " in site " + site.id() + " is not tied to a link of the "
                                    + "topology, so the designer cannot tell which site it joins.",
                            "Draw the link from " + site.id() + " to the site it dials and choose "
                                    + r.kindAndName() + " as what realizes it.", site.elementId(r));
                }
            }
        }
    }
}
