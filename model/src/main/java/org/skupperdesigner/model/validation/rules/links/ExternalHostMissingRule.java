package org.skupperdesigner.model.validation.rules.links;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.RuleScope;
import org.skupperdesigner.model.validation.ValidationContext;

/**
 * With pre-issued credentials there is no token exchange to learn the accepting site's address: the exporter writes
 * Links with endpoints and a server certificate for a host the design must name.
 */
public final class ExternalHostMissingRule extends AbstractRule {

    public ExternalHostMissingRule() {
        super("link.external-host-missing", Severity.ERROR,
                "In credentials link mode, a site that accepts links has no external host to put in Links and"
                        + " its server certificate.");
    }

    @Override
    public RuleScope scope() {
        return RuleScope.TOPOLOGY;
    }

    @Override
    public void check(ValidationContext ctx, DiagnosticSink out) {
        if (ctx.network().linkMode() != LinkMode.CREDENTIALS) {
            return;
        }
        Set<String> reported = new TreeSet<>();
        for (NetworkLink link : ctx.network().links()) {
            NetworkSite target = ctx.network().site(link.toSite()).orElse(null);
            boolean generated = link.realizedBy() == null;
            if (target == null || !generated || hasHost(target) || !reported.add(target.id())) {
                continue;
            }
            reportField(out, "externalHost",
                    "Site " + target.id() + " accepts link " + link.id() + " with pre-issued credentials but has"
                            + " no external host, so its Links cannot say where to dial.",
                    "Set the external host of " + target.id() + " (the address other sites reach it at), or switch"
                            + " the design's link mode to tokens.",
                    List.of(ElementIds.site(target.id()), ElementIds.link(link.id())));
        }
    }

    private static boolean hasHost(NetworkSite site) {
        return site.externalHost() != null && !site.externalHost().isBlank();
    }
}
