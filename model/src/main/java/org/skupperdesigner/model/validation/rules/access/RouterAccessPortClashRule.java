package org.skupperdesigner.model.validation.rules.access;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * Router access ports are opened by the site's router, so two roles on one port collide (B.7). On system sites the
 * router uses host networking, so a listener bound to a router access port on an overlapping address collides too.
 */
public final class RouterAccessPortClashRule extends AbstractSiteRule {

    private record Bound(SkupperResource owner, String what, String host, int port) {
    }

    public RouterAccessPortClashRule() {
        super("router-access.port-clash", Severity.ERROR,
                "Two router access roles, or a role and a system-site listener, use the same port.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        List<Bound> roles = new ArrayList<>();
        site.resourcesOf(RouterAccess.class).forEach(ra -> {
            for (RouterAccessRole role : ra.spec().roles()) {
                roles.add(new Bound(ra, "role " + role.name(), ra.spec().bindHost(), role.effectivePort()));
            }
        });
        for (int i = 0; i < roles.size(); i++) {
            for (int j = 0; j < i; j++) {
                Bound a = roles.get(j);
                Bound b = roles.get(i);
                if (a.port() == b.port() && (site.platform().isKubernetes() || overlap(a.host(), b.host()))) {
                    reportField(out, "spec.roles",
                            b.owner().kindAndName() + " " + b.what() + " and " + a.owner().kindAndName() + " "
                                    + a.what() + " in site " + site.id() + " both use port " + b.port() + ".",
                            "Give each role its own port.", site.elementId(b.owner()), site.elementId(a.owner()));
                }
            }
        }
        if (site.platform().isKubernetes() || roles.isEmpty()) {
            return;
        }
        for (SkupperResource r : site.resources()) {
            String host = null;
            Integer port = null;
            if (r instanceof Listener l) {
                host = l.spec().host();
                port = l.spec().port();
            } else if (r instanceof MultiKeyListener m) {
                host = m.spec().host();
                port = m.spec().port();
            }
            for (Bound role : roles) {
                if (port != null && port == role.port() && overlap(host, role.host())) {
                    reportField(out, "spec.port",
                            r.kindAndName() + " in site " + site.id() + " listens on port " + port + ", which "
                                    + role.owner().kindAndName() + " " + role.what() + " also opens on this host.",
                            "Move the listener to another port.", site.elementId(r), site.elementId(role.owner()));
                }
            }
        }
    }

    private static boolean overlap(String a, String b) {
        return Names.isWildcardAddress(a) || Names.isWildcardAddress(b) || a.equals(b);
    }
}
