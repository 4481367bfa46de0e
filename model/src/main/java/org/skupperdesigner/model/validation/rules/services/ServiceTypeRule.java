package org.skupperdesigner.model.validation.rules.services;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Only {@code tcp} services exist (B.3, B.4). */
public final class ServiceTypeRule extends AbstractSiteRule {

    public static final String ID = "service.type";

    public ServiceTypeRule() {
        super(ID, Severity.ERROR, "A listener or connector has a type other than tcp.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            String type = null;
            if (r instanceof Listener l) {
                type = l.spec().type();
            } else if (r instanceof Connector c) {
                type = c.spec().type();
            } else if (r instanceof AttachedConnector a) {
                type = a.spec().type();
            }
            if (type != null && !type.isEmpty() && !"tcp".equals(type)) {
                reportField(out, "spec.type", r.kindAndName() + " in site " + site.id() + " has type '" + type
                        + "'; Skupper carries only tcp.", "Remove type or set it to tcp.", site.elementId(r));
            }
        }
    }
}
