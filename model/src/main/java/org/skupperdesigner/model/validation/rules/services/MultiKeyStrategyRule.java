package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** A MultiKeyListener needs a strategy with exactly one of priority or weighted (B.9). */
public final class MultiKeyStrategyRule extends AbstractSiteRule {

    public MultiKeyStrategyRule() {
        super("multikey.strategy", Severity.ERROR,
                "A MultiKeyListener has no strategy, or sets both priority and weighted.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(MultiKeyListener.class).forEach(m -> {
            MultiKeyStrategy s = m.spec().strategy();
            boolean priority = s != null && s.priorityRoutingKeys() != null;
            boolean weighted = s != null && s.weightedRoutingKeys() != null;
            if (priority && weighted) {
                reportField(out, "spec.strategy",
                        m.kindAndName() + " in site " + site.id() + " sets both strategy.priority and "
                                + "strategy.weighted; exactly one is allowed.",
                        "Keep priority (first reachable key wins) or weighted (spread by weight).",
                        site.elementId(m));
            } else if (!priority && !weighted) {
                reportField(out, "spec.strategy",
                        m.kindAndName() + " in site " + site.id() + " has no strategy; it needs "
                                + "strategy.priority or strategy.weighted with its routing keys.",
                        "Add strategy.priority.routingKeys: [key1, key2] or strategy.weighted.routingKeys.",
                        site.elementId(m));
            }
        });
    }
}
