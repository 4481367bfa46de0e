package org.skupperdesigner.model.validation.rules.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;
import org.skupperdesigner.model.validation.support.LinkTargets;

/**
 * A Link or AccessToken resource that, once applied, would connect its site to a site the drawn design keeps in a
 * separate network: applying it merges the two networks and every routing key they share, which the picture does
 * not show. Typical after deleting a drawn link while the site still holds the imported Link, or when a resource
 * is tied to one link but points at another site (see {@code docs/decisions/0202}).
 */
public final class LinkJoinsNetworksRule extends AbstractRule {

    private static final Object TARGETS = new Object();

    public LinkJoinsNetworksRule() {
        super("link.joins-networks", Severity.WARNING, "A Link or AccessToken points at a site in another, "
                + "separate network of the design; applying it would join the two networks.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        for (NetworkSite site : ctx.network().sites()) {
            for (SkupperResource r : site.resources()) {
                Optional<NetworkSite> target = joinedSite(ctx, site, r);
                if (target.isEmpty()) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                ids.add(site.elementId(r));
                ids.add(target.get().elementId());
                for (NetworkLink l : ctx.linksRealizedBy(site.id(), r.kindAndName())) {
                    ids.add("link/" + l.id());
                }
                report(out, r.kindAndName() + " in site " + site.id() + " dials site " + target.get().id()
                                + ", which is in a separate network of this design; applying it joins the two "
                                + "networks and merges the services they share.",
                        "If the networks should stay apart, remove " + r.kindAndName() + "; if not, draw the link "
                                + site.id() + " -> " + target.get().id() + " and tie it to this resource.", ids);
            }
        }
    }

    /** The site in another network that {@code r} would join, if any. */
    public static Optional<NetworkSite> joinedSite(ValidationContext ctx, NetworkSite site, SkupperResource r) {
        if (!(r instanceof Link) && !(r instanceof AccessToken)) {
            return Optional.empty();
        }
        LinkTargets targets = ctx.derived(TARGETS, c -> new LinkTargets(c.network().sites()));
        return targets.targetOf(site, r).filter(t -> !ctx.topology().sameNetwork(site.id(), t.id()));
    }
}
