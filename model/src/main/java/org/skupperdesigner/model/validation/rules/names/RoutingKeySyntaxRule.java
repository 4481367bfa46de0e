package org.skupperdesigner.model.validation.rules.names;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;
import org.skupperdesigner.model.validation.support.ServiceEndpoint;

/**
 * Routing keys that the skupper CLI would reject (its name pattern, reference A.3). YAML applies them anyway, so
 * this is a warning: the design cannot be recreated with the CLI and such keys are usually typos.
 */
public final class RoutingKeySyntaxRule extends AbstractSiteRule {

    public RoutingKeySyntaxRule() {
        super("name.routing-key", Severity.WARNING,
                "A routing key does not match the skupper CLI's pattern (lowercase, digits, '-' and '.').");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            for (String key : keysOf(r)) {
                if (key != null && !key.isEmpty() && !Names.isCliRoutingKey(key)) {
                    reportField(out, ServiceEndpoint.keyFieldOf(r),
                            r.kindAndName() + " in site " + site.id() + " uses routing key " + Names.quote(key)
                                    + ", which the skupper CLI rejects.",
                            "Use lowercase letters, digits, '-' and '.', e.g. '" + NameSuggestions.subdomain(key)
                                    + "', on both the listener and the connector side.", site.elementId(r));
                }
            }
        }
    }

    static List<String> keysOf(SkupperResource r) {
        if (r instanceof Listener l) {
            return nullable(l.spec().routingKey());
        }
        if (r instanceof Connector c) {
            return nullable(c.spec().routingKey());
        }
        if (r instanceof AttachedConnectorBinding b) {
            return nullable(b.spec().routingKey());
        }
        if (r instanceof MultiKeyListener m && m.spec().strategy() != null) {
            return m.spec().strategy().routingKeys();
        }
        return List.of();
    }

    private static List<String> nullable(String key) {
        return key == null ? List.of() : List.of(key);
    }
}
