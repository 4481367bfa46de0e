package org.skupperdesigner.exporters.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Turns every design link that no existing resource realizes ({@code realizedBy == null}) into Skupper resources,
 * the way the design's link mode says: an AccessGrant/AccessToken pair ({@link TokenLinks}) or a Link with a
 * pre-issued client certificate against a RouterAccess with a pre-issued server certificate
 * ({@link CredentialLinks}). Problems are reported per link; the other links are still realized.
 */
public final class LinkRealizer {

    private final Supplier<LinkCredentialIssuer> issuer;

    /** @param issuer gives the credential issuer; asked only when the design uses pre-issued credentials */
    public LinkRealizer(Supplier<LinkCredentialIssuer> issuer) {
        this.issuer = issuer;
    }

    /** For designs that use tokens only. */
    public static LinkRealizer tokensOnly() {
        return new LinkRealizer(() -> {
            throw new IllegalStateException("pre-issued credentials need a network CA");
        });
    }

    public LinkRealization realize(Network network) {
        Accumulator acc = new Accumulator();
        List<NetworkLink> pending = network.links().stream().filter(l -> l.realizedBy() == null).toList();
        if (pending.isEmpty()) {
            return acc.result();
        }
        TokenLinks tokens = new TokenLinks(acc);
        CredentialLinks credentials = network.linkMode() == LinkMode.CREDENTIALS
                ? new CredentialLinks(acc, issuer.get()) : null;
        for (NetworkLink link : pending) {
            Optional<NetworkSite> from = network.site(link.fromSite());
            Optional<NetworkSite> to = network.site(link.toSite());
            if (from.isEmpty() || to.isEmpty()) {
                acc.problem(Severity.ERROR, "export.link-unknown-site", link, "link " + link.id()
                        + " names a site that is not in the design ("
                        + (from.isEmpty() ? link.fromSite() : link.toSite()) + ")", "delete or redraw the link");
                continue;
            }
            if (to.get().isEdge()) {
                acc.problem(Severity.ERROR, "export.link-to-edge", link, "link " + link.id() + ": site "
                        + to.get().name() + " is an edge site and cannot accept links",
                        "let " + to.get().name() + " dial an interior site instead");
                continue;
            }
            if (credentials != null) {
                credentials.realize(network, link, from.get(), to.get());
            } else {
                tokens.realize(link, from.get(), to.get());
            }
        }
        return acc.result();
    }

    /** Collects generated resources and problems; hands out names that are unique per site and kind. */
    static final class Accumulator {
        private final Map<String, List<SkupperResource>> generated = new LinkedHashMap<>();
        private final Map<String, List<AccessToken>> pendingTokens = new LinkedHashMap<>();
        private final List<TokenExchange> exchanges = new ArrayList<>();
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();

        void add(String siteId, SkupperResource resource) {
            generated.computeIfAbsent(siteId, k -> new ArrayList<>()).add(resource);
            taken.add(siteId + "/" + resource.kindAndName());
        }

        void addPendingToken(String siteId, AccessToken token) {
            pendingTokens.computeIfAbsent(siteId, k -> new ArrayList<>()).add(token);
            taken.add(siteId + "/" + token.kindAndName());
        }

        void exchange(TokenExchange exchange) {
            exchanges.add(exchange);
        }

        boolean has(String siteId, String kindAndName) {
            return taken.contains(siteId + "/" + kindAndName);
        }

        /** A name derived from the link id, free in every (site, kind) given. */
        String freeName(NetworkLink link, List<NetworkSite> sites, List<String> kinds) {
            String base = DesignerMetadata.resourceName(link.id());
            for (int i = 1; ; i++) {
                String candidate = i == 1 ? base : base + "-" + i;
                boolean free = true;
                for (NetworkSite site : sites) {
                    for (String kind : kinds) {
                        String key = kind + "/" + candidate;
                        if (has(site.id(), key) || site.resources().stream()
                                .anyMatch(r -> r.kindAndName().equals(key))) {
                            free = false;
                        }
                    }
                }
                if (free) {
                    return candidate;
                }
            }
        }

        void problem(Severity severity, String rule, NetworkLink link, String message, String hint) {
            problems.add(new Diagnostic(severity, rule, message,
                    List.of(ElementIds.link(link.id()), ElementIds.site(link.toSite())), hint, null));
        }

        LinkRealization result() {
            return new LinkRealization(generated, pendingTokens, exchanges, problems);
        }
    }
}
