package org.skupperdesigner.model.validation.rules.services;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Every port (listener, connector, router access role, link endpoint) must be 1..65535. */
public final class PortRangeRule extends AbstractSiteRule {

    public PortRangeRule() {
        super("service.port-range", Severity.ERROR, "A port is outside 1..65535 (or a link endpoint port is not a "
                + "number).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            if (r instanceof Listener l) {
                check(out, site, r, "spec.port", "spec.port", l.spec().port());
            } else if (r instanceof Connector c) {
                check(out, site, r, "spec.port", "spec.port", c.spec().port());
            } else if (r instanceof MultiKeyListener m) {
                check(out, site, r, "spec.port", "spec.port", m.spec().port());
            } else if (r instanceof AttachedConnector a) {
                check(out, site, r, "spec.port", "spec.port", a.spec().port());
            } else if (r instanceof RouterAccess ra) {
                List<RouterAccessRole> roles = ra.spec().roles();
                for (int i = 0; i < roles.size(); i++) {
                    RouterAccessRole role = roles.get(i);
                    if (role.port() != null && role.port() != 0) {
                        check(out, site, r, "port of role " + role.name(), "spec.roles[" + i + "].port", role.port());
                    }
                }
            } else if (r instanceof Link k) {
                List<LinkEndpoint> endpoints = k.spec().endpoints();
                for (int i = 0; i < endpoints.size(); i++) {
                    LinkEndpoint e = endpoints.get(i);
                    checkText(out, site, r, "port of endpoint " + e.name(), "spec.endpoints[" + i + "].port",
                            e.port());
                }
            }
        }
    }

    private void check(DiagnosticSink out, NetworkSite site, SkupperResource r, String field, String path,
                       Integer port) {
        if (port != null && (port < 1 || port > 65535)) {
            reportField(out, path, r.kindAndName() + " in site " + site.id() + " has " + field + " " + port
                    + ", outside 1..65535.", "Use a port between 1 and 65535.", site.elementId(r));
        }
    }

    private void checkText(DiagnosticSink out, NetworkSite site, SkupperResource r, String field, String path,
                           String port) {
        if (port == null) {
            return;
        }
        try {
            check(out, site, r, field, path, Integer.parseInt(port.trim()));
        } catch (NumberFormatException e) {
            reportField(out, path, r.kindAndName() + " in site " + site.id() + " has " + field + " '" + port
                    + "', which is not a number.", "Use a port number between 1 and 65535.", site.elementId(r));
        }
    }
}
