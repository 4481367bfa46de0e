package org.skupperdesigner.exporters.links;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AccessTokenSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.RouterAccess;

/**
 * Skupper's usual way (reference E.4): an AccessGrant in the accepting site; in the dialing site an AccessToken
 * whose {@code url}, {@code code} and {@code ca} are only known once the controller has processed the grant, so the
 * token is "pending" until apply time.
 */
final class TokenLinks {

    /** Placeholder for fields filled from the grant's status at apply time. */
    static final String FILLED_AT_APPLY = "";

    private final LinkRealizer.Accumulator acc;

    TokenLinks(LinkRealizer.Accumulator acc) {
        this.acc = acc;
    }

    void realize(NetworkLink link, NetworkSite from, NetworkSite to) {
        if (to.platform().isSystem()) {
            acc.problem(Severity.ERROR, "export.token-to-system-site", link, "link " + link.id() + ": site "
                    + to.name() + " runs on " + to.platform().id() + ", where Skupper cannot issue access grants",
                    "switch the design to pre-issued credentials, or let " + to.name() + " dial "
                            + from.name() + " instead");
            return;
        }
        boolean linkAccess = to.siteSpec().hasLinkAccess() || to.resourcesOf(RouterAccess.class).findAny().isPresent();
        if (!linkAccess) {
            acc.problem(Severity.ERROR, "export.no-link-access", link, "link " + link.id() + ": site " + to.name()
                    + " has no link access, so it cannot accept the link from " + from.name(),
                    "set linkAccess: default on the Site of " + to.name());
            return;
        }
        String name = acc.freeName(link, List.of(from, to), List.of("AccessGrant", "AccessToken", "Link", "Secret"));
        AccessGrant grant = new AccessGrant(ObjectMeta.named(name)
                .withAnnotation(DesignerMetadata.LINK_ID, link.id())
                .withAnnotation(DesignerMetadata.DIALING_SITE, from.id()), AccessGrantSpec.empty());
        AccessToken token = new AccessToken(ObjectMeta.named(name)
                .withAnnotation(DesignerMetadata.LINK_ID, link.id())
                .withAnnotation(DesignerMetadata.TARGET_SITE, to.id())
                .withAnnotation(DesignerMetadata.ROUTER_ACCESS, link.routerAccess()),
                new AccessTokenSpec(FILLED_AT_APPLY, FILLED_AT_APPLY, FILLED_AT_APPLY, link.effectiveCost(), Map.of(),
                        Map.of()));
        acc.add(to.id(), grant);
        acc.addPendingToken(from.id(), token);
        acc.exchange(new TokenExchange(link.id(), to.id(), name, from.id(), name, link.effectiveCost()));
    }
}
