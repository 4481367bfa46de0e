package org.skupperdesigner.model.validation.rules.tokens;

import java.time.Duration;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.GoDuration;

/** expirationWindow is a positive Go duration such as {@code 15m} or {@code 1h30m} (B.5). */
public final class GrantExpirationWindowRule extends AbstractSiteRule {

    public GrantExpirationWindowRule() {
        super("grant.expiration-window", Severity.ERROR,
                "An AccessGrant's expirationWindow is not a positive duration (Go syntax, e.g. 15m, 1h).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(AccessGrant.class).forEach(g -> {
            String w = g.spec().expirationWindow();
            if (w == null || w.isBlank()) {
                return;
            }
            Optional<Duration> d = GoDuration.parse(w);
            if (d.isEmpty()) {
                reportField(out, "spec.expirationWindow",
                        g.kindAndName() + " in site " + site.id() + " has expirationWindow '" + w
                                + "', which is not a duration.",
                        "Use Go duration syntax: 15m, 1h, 1h30m, 90s.", site.elementId(g));
            } else if (d.get().isNegative() || d.get().isZero()) {
                reportField(out, "spec.expirationWindow",
                        g.kindAndName() + " in site " + site.id() + " has expirationWindow '" + w
                                + "', so it expires at once.", "Use a positive window such as 15m.",
                        site.elementId(g));
            }
        });
    }

    /** The window a grant effectively has, or empty when it is invalid. */
    public static Optional<Duration> windowOf(AccessGrant g) {
        return GoDuration.parse(g.spec().effectiveExpirationWindow()).filter(d -> !d.isNegative() && !d.isZero());
    }
}
