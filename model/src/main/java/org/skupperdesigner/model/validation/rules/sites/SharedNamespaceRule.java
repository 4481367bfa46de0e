package org.skupperdesigner.model.validation.rules.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * Two sites of the design in one namespace of one cluster (or one host): only one Site per namespace can be active
 * (A.1). Judged only when both targets are chosen; unset targets may still land on different clusters.
 */
public final class SharedNamespaceRule extends AbstractRule {

    public SharedNamespaceRule() {
        super("site.namespace-shared", Severity.ERROR,
                "Two sites are placed in the same namespace of the same cluster or host.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        Map<String, List<NetworkSite>> byPlace = new LinkedHashMap<>();
        for (NetworkSite s : ctx.network().sites()) {
            if (!s.target().isUnset()) {
                String place = (s.platform().isKubernetes() ? "kube:" + s.target().context()
                        : "host:" + s.target().host()) + "/" + s.namespace();
                byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(s);
            }
        }
        for (List<NetworkSite> same : byPlace.values()) {
            for (int i = 1; i < same.size(); i++) {
                NetworkSite first = same.get(0);
                NetworkSite other = same.get(i);
                reportField(out, "namespace", "Sites " + first.id() + " and " + other.id() + " both use namespace '"
                                + other.namespace() + "' on " + where(other) + "; only one Site per namespace is "
                                + "active.",
                        "Give one of them another namespace or target.", other.elementId(), first.elementId());
            }
        }
    }

    private static String where(NetworkSite s) {
        return s.platform().isKubernetes() ? "context '" + s.target().context() + "'"
                : "host '" + s.target().host() + "'";
    }
}
