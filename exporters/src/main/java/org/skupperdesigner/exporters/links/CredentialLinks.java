package org.skupperdesigner.exporters.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.LinkSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.model.resource.Secret;

/**
 * Pre-issued credentials (GitOps, no round trip): the accepting site gets a RouterAccess whose server certificate the
 * network CA issued for the site's external host; the dialing site gets a Link with that host's endpoints and a
 * Secret with a client certificate from the same CA. Both sides trust the network CA, so the link comes up as soon as
 * both are applied, in any order.
 */
final class CredentialLinks {

    /** Name of the RouterAccess generated on accepting sites that do not define one. */
    static final String GENERATED_ROUTER_ACCESS = "skupper-designer-link-access";
    /** Router group of a Kubernetes site's (first) router, as Skupper names it. */
    static final String KUBE_ROUTER_GROUP = "skupper-router";

    private final LinkRealizer.Accumulator acc;
    private final LinkCredentialIssuer issuer;
    private final Map<String, RouterAccessSpec> accessBySite = new HashMap<>();

    CredentialLinks(LinkRealizer.Accumulator acc, LinkCredentialIssuer issuer) {
        this.acc = acc;
        this.issuer = issuer;
    }

    void realize(Network network, NetworkLink link, NetworkSite from, NetworkSite to) {
        String host = to.externalHost();
        if (host == null || host.isBlank()) {
            acc.problem(Severity.ERROR, "export.external-host-missing", link, "link " + link.id() + ": site "
                    + to.name() + " has no external host, so " + from.name() + " cannot be given a Link endpoint",
                    "set the external host of site " + to.name() + " (the address other sites dial), "
                            + "or use token links");
            return;
        }
        Optional<RouterAccessSpec> access = routerAccess(network, link, to);
        if (access.isEmpty()) {
            return;
        }
        String name = acc.freeName(link, List.of(from), List.of("Link", "Secret", "AccessToken"));
        List<LinkEndpoint> endpoints = new ArrayList<>();
        for (RouterAccessRole role : access.get().roles()) {
            endpoints.add(new LinkEndpoint(role.name(), host, Integer.toString(role.effectivePort()),
                    to.platform().isKubernetes() ? KUBE_ROUTER_GROUP : null, Map.of()));
        }
        Secret issued = issuer.clientSecret(from.id(), name, from.name());
        Secret client = issued.withMetadata(issued.metadata().withAnnotation(DesignerMetadata.LINK_ID, link.id())
                .withAnnotation(DesignerMetadata.TARGET_SITE, to.id()));
        Link linkResource = new Link(ObjectMeta.named(name).withAnnotation(DesignerMetadata.LINK_ID, link.id())
                .withAnnotation(DesignerMetadata.TARGET_SITE, to.id())
                .withAnnotation(DesignerMetadata.ROUTER_ACCESS, link.routerAccess()),
                new LinkSpec(endpoints, name, link.effectiveCost(), Map.of(), Map.of()));
        acc.add(from.id(), client);
        acc.add(from.id(), linkResource);
        if (to.siteSpec().isHa()) {
            acc.problem(Severity.WARNING, "export.credentials-ha", link, "link " + link.id() + ": site " + to.name()
                    + " runs two routers (ha) but has one external host; the pre-issued Link reaches the first "
                    + "router only", "use token links for HA sites, or turn ha off");
        }
    }

    /** The RouterAccess the link dials through: the one the link names, the site's only one, or a generated one. */
    private Optional<RouterAccessSpec> routerAccess(Network network, NetworkLink link, NetworkSite to) {
        String key = to.id() + "/" + (link.routerAccess() == null ? "" : link.routerAccess());
        if (accessBySite.containsKey(key)) {
            return Optional.of(accessBySite.get(key));
        }
        List<RouterAccess> declared = to.resourcesOf(RouterAccess.class).toList();
        Optional<RouterAccess> chosen = link.routerAccess() != null
                ? declared.stream().filter(r -> r.name().equals(link.routerAccess())).findFirst()
                : declared.size() == 1 ? Optional.of(declared.get(0)) : Optional.empty();
        RouterAccessSpec spec;
        if (chosen.isPresent()) {
            spec = chosen.get().spec();
            if (Boolean.TRUE.equals(spec.generateTlsCredentials())) {
                acc.problem(Severity.ERROR, "export.router-access-generates-tls", link, "link " + link.id()
                        + ": RouterAccess " + chosen.get().name() + " of site " + to.name() + " has Skupper generate "
                        + "its certificate, which pre-issued client certificates would not trust",
                        "set generateTlsCredentials: false on it, or remove it so one is generated");
                return Optional.empty();
            }
            String secretName = spec.tlsCredentials() == null ? chosen.get().name() : spec.tlsCredentials();
            if (to.find(ResourceKind.SECRET, secretName).isEmpty() && !acc.has(to.id(), "Secret/" + secretName)) {
                acc.add(to.id(), serverSecret(to, secretName, link));
            }
        } else {
            String name = link.routerAccess() != null ? link.routerAccess() : GENERATED_ROUTER_ACCESS;
            spec = generatedSpec(to, name);
            if (!acc.has(to.id(), "RouterAccess/" + name)) {
                acc.add(to.id(), new RouterAccess(ObjectMeta.named(name)
                        .withAnnotation(DesignerMetadata.GENERATED, "router-access"), spec));
                acc.add(to.id(), serverSecret(to, name, link));
            }
            if (to.siteSpec().hasLinkAccess()) {
                acc.problem(Severity.WARNING, "export.credentials-with-link-access", link, "site " + to.name()
                        + " also sets linkAccess, so Skupper creates its own RouterAccess on the same ports as the "
                        + "generated '" + name + "'", "remove linkAccess from the Site of " + to.name()
                        + ": pre-issued credentials bring their own link access");
            }
        }
        accessBySite.put(key, spec);
        return Optional.of(spec);
    }

    private Secret serverSecret(NetworkSite to, String secretName, NetworkLink link) {
        Secret secret = issuer.serverSecret(to.id(), secretName, to.name(), List.of(to.externalHost()));
        return secret.withMetadata(secret.metadata().withAnnotation(DesignerMetadata.GENERATED, "router-access"));
    }

    private static RouterAccessSpec generatedSpec(NetworkSite to, String name) {
        String linkAccess = to.siteSpec().linkAccess();
        boolean concreteType = to.platform().isKubernetes() && linkAccess != null
                && !List.of("none", "default", "").contains(linkAccess);
        return new RouterAccessSpec(List.of(new RouterAccessRole(RouterAccessRole.INTER_ROUTER,
                RouterAccessRole.INTER_ROUTER_PORT), new RouterAccessRole(RouterAccessRole.EDGE,
                RouterAccessRole.EDGE_PORT)), name, false, null, concreteType ? linkAccess : null, null,
                List.of(to.externalHost()), Map.of(), Map.of());
    }
}
