package org.skupperdesigner.model.validation.rules.sites;

import java.util.HashMap;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * Two sites whose Site resources share a name. Skupper tells sites apart by id, but status, the console and the
 * CLI show names, so the network becomes hard to operate.
 */
public final class DuplicateSiteNameRule extends AbstractRule {

    public DuplicateSiteNameRule() {
        super("site.duplicate-name", Severity.WARNING, "Two sites have the same Site name.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        Map<String, NetworkSite> seen = new HashMap<>();
        for (NetworkSite s : ctx.network().sites()) {
            if (s.siteResource().isEmpty()) {
                continue;
            }
            NetworkSite first = seen.putIfAbsent(s.name(), s);
            if (first != null) {
                reportField(out, "metadata.name",
                        "Sites " + first.id() + " and " + s.id() + " are both named '" + s.name()
                                + "'; network status and the console show sites by name.",
                        "Rename one of the Site resources.", s.elementId(), first.elementId());
            }
        }
    }
}
