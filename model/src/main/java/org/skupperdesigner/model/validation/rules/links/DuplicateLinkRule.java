package org.skupperdesigner.model.validation.rules.links;

import java.util.HashMap;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * Two links between the same two sites (in either direction): traffic flows both ways over one link, so the second
 * adds nothing but a second TLS connection and a second set of credentials to manage (B.2).
 */
public final class DuplicateLinkRule extends AbstractRule {

    public DuplicateLinkRule() {
        super("link.duplicate", Severity.WARNING, "Two links connect the same pair of sites.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        Map<String, NetworkLink> byPair = new HashMap<>();
        Map<String, NetworkLink> byId = new HashMap<>();
        for (NetworkLink l : ctx.network().links()) {
            NetworkLink sameId = byId.putIfAbsent(l.id(), l);
            if (sameId != null) {
                reportField(out, "id",
                        "Two links have the id " + l.id() + ".", "Give each link its own id.", "link/" + l.id());
                continue;
            }
            if (l.fromSite().equals(l.toSite())) {
                continue;
            }
            String pair = l.fromSite().compareTo(l.toSite()) < 0 ? l.fromSite() + "\n" + l.toSite()
                    : l.toSite() + "\n" + l.fromSite();
            NetworkLink first = byPair.putIfAbsent(pair, l);
            if (first != null) {
                report(out, "Links " + first.id() + " and " + l.id() + " both connect " + l.fromSite() + " and "
                                + l.toSite() + "; one link carries traffic in both directions.",
                        "Remove link " + l.id() + ".", "link/" + l.id(), "link/" + first.id());
            }
        }
    }
}
