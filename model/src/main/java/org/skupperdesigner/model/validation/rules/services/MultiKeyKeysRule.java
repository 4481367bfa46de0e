package org.skupperdesigner.model.validation.rules.services;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/**
 * A MultiKeyListener's keys: 1..256 of them, no duplicates in a priority list (it is a set), no empty keys, weights
 * greater than zero (B.9).
 */
public final class MultiKeyKeysRule extends AbstractSiteRule {

    static final int MAX_KEYS = 256;

    public MultiKeyKeysRule() {
        super("multikey.keys", Severity.ERROR,
                "A MultiKeyListener's routing keys are empty, too many, repeated, or weighted <= 0.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(MultiKeyListener.class).forEach(m -> {
            MultiKeyStrategy s = m.spec().strategy();
            if (s == null) {
                return;
            }
            String id = site.elementId(m);
            String what = m.kindAndName() + " in site " + site.id();
            if (s.priorityRoutingKeys() != null) {
                List<String> keys = s.priorityRoutingKeys();
                count(out, what, keys.size(), id);
                Set<String> seen = new HashSet<>();
                for (String k : keys) {
                    if (k == null || k.isBlank()) {
                        reportField(out, "spec.strategy",
                                what + " lists an empty routing key.", "Remove the empty entry.", id);
                    } else if (!seen.add(k)) {
                        reportField(out, "spec.strategy",
                                what + " lists routing key '" + k + "' twice in its priority list.",
                                "Keep each key once, at the priority you want.", id);
                    }
                }
            }
            if (s.weightedRoutingKeys() != null) {
                count(out, what, s.weightedRoutingKeys().size(), id);
                for (Map.Entry<String, Long> e : s.weightedRoutingKeys().entrySet()) {
                    if (e.getKey().isBlank()) {
                        reportField(out, "spec.strategy",
                                what + " has an empty routing key.", "Remove the empty entry.", id);
                    }
                    if (e.getValue() == null || e.getValue() <= 0) {
                        reportField(out, "spec.strategy",
                                what + " gives routing key '" + e.getKey() + "' weight " + e.getValue()
                                + "; weights must be greater than 0.", "Use a positive weight, or remove the key.",
                                id);
                    }
                }
            }
        });
    }

    private void count(DiagnosticSink out, String what, int n, String id) {
        if (n == 0) {
            reportField(out, "spec.strategy",
                    what + " has a strategy with no routing keys.", "Add at least one routing key.", id);
        } else if (n > MAX_KEYS) {
            reportField(out, "spec.strategy",
                    what + " has " + n + " routing keys; at most " + MAX_KEYS + " are allowed.",
                    "Split it into several listeners.", id);
        }
    }
}
