package org.skupperdesigner.model.validation.rules.services;

import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** A listener's observer is one of auto, none, http1, http2 (B.3; enum in the CRD). */
public final class ObserverRule extends AbstractSiteRule {

    public static final String ID = "service.observer";

    private static final Set<String> VALUES = Set.of("auto", "none", "http1", "http2");

    public ObserverRule() {
        super(ID, Severity.ERROR, "A listener's observer is not auto, none, http1 or http2.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            String observer = null;
            if (r instanceof Listener l) {
                observer = l.spec().observer();
            } else if (r instanceof MultiKeyListener m) {
                observer = m.spec().observer();
            }
            if (observer != null && !VALUES.contains(observer)) {
                reportField(out, "spec.observer",
                        r.kindAndName() + " in site " + site.id() + " has observer '" + observer
                                + "'; the CRD allows auto, none, http1 and http2.",
                        "Use one of auto, none, http1, http2 (or remove it for auto).", site.elementId(r));
            }
        }
    }
}
