package org.skupperdesigner.model.validation.rules.sites;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Certificate;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SecuredAccess;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Fields the CRDs mark required (or that Skupper's validators require) but the resource leaves unset. */
public final class RequiredFieldsRule extends AbstractSiteRule {

    public RequiredFieldsRule() {
        super("resource.required-field", Severity.ERROR, "A field the CRD requires is missing.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            List<String> missing = missing(r);
            if (!missing.isEmpty()) {
                reportField(out, missing.get(0), r.kindAndName() + " in site " + site.id() + " is missing required "
                                + (missing.size() == 1 ? "field " : "fields ") + String.join(", ", missing) + ".",
                        "Set " + String.join(" and ", missing) + "; Kubernetes rejects the resource without "
                                + (missing.size() == 1 ? "it." : "them."), site.elementId(r));
            }
        }
    }

    static List<String> missing(SkupperResource r) {
        List<String> m = new ArrayList<>();
        if (r instanceof Listener l) {
            need(m, "spec.routingKey", l.spec().routingKey());
            need(m, "spec.host", l.spec().host());
            need(m, "spec.port", l.spec().port());
        } else if (r instanceof Connector c) {
            need(m, "spec.routingKey", c.spec().routingKey());
            need(m, "spec.port", c.spec().port());
        } else if (r instanceof MultiKeyListener k) {
            need(m, "spec.host", k.spec().host());
            need(m, "spec.port", k.spec().port());
            // a missing strategy is reported by multikey.strategy
        } else if (r instanceof AttachedConnector a) {
            need(m, "spec.siteNamespace", a.spec().siteNamespace());
            need(m, "spec.selector", a.spec().selector());
            need(m, "spec.port", a.spec().port());
        } else if (r instanceof AttachedConnectorBinding b) {
            need(m, "spec.connectorNamespace", b.spec().connectorNamespace());
            need(m, "spec.routingKey", b.spec().routingKey());
        } else if (r instanceof AccessToken t) {
            need(m, "spec.url", t.spec().url());
            need(m, "spec.code", t.spec().code());
            need(m, "spec.ca", t.spec().ca());
        } else if (r instanceof Link k) {
            if (k.spec().endpoints().isEmpty()) {
                m.add("spec.endpoints");
            }
        } else if (r instanceof RouterAccess a) {
            if (a.spec().roles().isEmpty()) {
                m.add("spec.roles");
            }
        } else if (r instanceof Certificate c) {
            need(m, "spec.ca", c.spec().ca());
            need(m, "spec.subject", c.spec().subject());
        } else if (r instanceof SecuredAccess s) {
            if (s.spec().selector().isEmpty()) {
                m.add("spec.selector");
            }
            if (s.spec().ports().isEmpty()) {
                m.add("spec.ports");
            }
        }
        return m;
    }

    private static void need(List<String> missing, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(field);
        }
    }
}
