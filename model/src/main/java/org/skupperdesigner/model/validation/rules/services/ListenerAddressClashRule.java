package org.skupperdesigner.model.validation.rules.services;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * Two listeners (or multi-key listeners) of one site on the same host and port. On Kubernetes the second gets
 * "Listener X with host H and port P already exists"; on system sites both bind on the host, so a wildcard address
 * (0.0.0.0, ::) also clashes with any address on that port (B.3, B.9).
 */
public final class ListenerAddressClashRule extends AbstractSiteRule {

    private record Address(SkupperResource owner, String host, int port) {
    }

    public ListenerAddressClashRule() {
        super("listener.address-clash", Severity.ERROR, "Two listeners of one site use the same host and port.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        List<Address> seen = new ArrayList<>();
        boolean kube = site.platform().isKubernetes();
        for (SkupperResource r : site.resources()) {
            Address a = addressOf(r);
            if (a == null) {
                continue;
            }
            for (Address earlier : seen) {
                if (earlier.port() == a.port() && clash(kube, earlier.host(), a.host())) {
                    reportField(out, "spec.port",
                            r.kindAndName() + " in site " + site.id() + " uses " + a.host() + ":" + a.port()
                                    + ", which " + earlier.owner().kindAndName() + " already uses"
                                    + (kube ? "; Kubernetes rejects the second." : " on this host."),
                            "Change the port or the host of one of them.", site.elementId(r),
                            site.elementId(earlier.owner()));
                    break;
                }
            }
            seen.add(a);
        }
    }

    private static Address addressOf(SkupperResource r) {
        if (r instanceof Listener l && l.spec().port() != null) {
            return new Address(r, l.spec().host(), l.spec().port());
        }
        if (r instanceof MultiKeyListener m && m.spec().port() != null) {
            return new Address(r, m.spec().host(), m.spec().port());
        }
        return null;
    }

    private static boolean clash(boolean kube, String a, String b) {
        if (kube) {
            return a != null && a.equals(b);
        }
        return Names.isWildcardAddress(a) || Names.isWildcardAddress(b) || a.equals(b);
    }
}
