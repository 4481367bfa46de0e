package org.skupperdesigner.model.validation.rules.sites;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * An interior site without any link in a design of several sites: it forms a network of its own. Edge sites
 * without an uplink are reported by {@code link.edge-no-uplink} instead.
 */
public final class IsolatedSiteRule extends AbstractRule {

    public IsolatedSiteRule() {
        super("site.isolated", Severity.INFO, "An interior site has no links although the design has other sites.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        if (ctx.network().sites().size() < 2) {
            return;
        }
        Set<String> linked = new HashSet<>();
        for (NetworkLink l : ctx.network().links()) {
            linked.add(l.fromSite());
            linked.add(l.toSite());
        }
        for (NetworkSite s : ctx.network().sites()) {
            if (!s.isEdge() && !linked.contains(s.id())) {
                report(out, "Site " + s.id() + " has no links: it is a network of its own and shares no services "
                        + "with the other sites.", "Link it to another site, or ignore this if it is meant to "
                        + "stand alone.", s.elementId());
            }
        }
    }
}
