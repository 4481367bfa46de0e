package org.skupperdesigner.exporters.kube;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * Where one token link stands, read from both sites: already linked (Skupper made a Link from the token), token
 * waiting for redemption, a token still to be made, or a failed or lost exchange that must be redone with a fresh
 * grant. The grant's own state says whether it can still be used (a grant expires and allows a limited number of
 * redemptions, reference B.5).
 */
public record TokenLinkState(Phase phase, GrantState grant, String reason, List<ResourceRef> liveLinks) {

    public enum Phase { LINKED, PENDING, NEEDS_TOKEN, REDO }

    public enum GrantState { MISSING, PROCESSING, USABLE, EXPIRED, SPENT, FAILED }

    public boolean needsFreshGrant() {
        return phase == Phase.REDO || (phase == Phase.NEEDS_TOKEN && (grant == GrantState.EXPIRED
                || grant == GrantState.SPENT || grant == GrantState.FAILED));
    }

    public boolean needsToken() {
        return phase == Phase.NEEDS_TOKEN || phase == Phase.REDO;
    }

    /** Link names Skupper gives the Link(s) it creates from a token (E.4; two for an HA site). */
    public static List<String> linkNames(String tokenName) {
        return List.of(tokenName, tokenName + "-1", tokenName + "-2");
    }

    public static TokenLinkState evaluate(TokenExchange exchange, SiteEndpoint accepting, SiteEndpoint dialing,
                                          Instant now) {
        GrantState grant = accepting == null ? GrantState.MISSING : grantState(accepting.store().get(
                new ResourceRef(ResourceKind.ACCESS_GRANT.kind(), accepting.site().namespace(),
                        exchange.grantName())), now);
        List<ResourceRef> links = new ArrayList<>();
        for (String name : linkNames(exchange.tokenName())) {
            ResourceRef ref = new ResourceRef(ResourceKind.LINK.kind(), dialing.site().namespace(), name);
            if (dialing.store().get(ref).isPresent()) {
                links.add(ref);
            }
        }
        Optional<Map<String, Object>> token = dialing.store().get(new ResourceRef(ResourceKind.ACCESS_TOKEN.kind(),
                dialing.site().namespace(), exchange.tokenName()));
        if (!links.isEmpty()) {
            return new TokenLinkState(Phase.LINKED, grant, "linked", links);
        }
        if (token.isPresent()) {
            if (!dialing.isKube()) {
                // System mode redeems at start/reload and keeps the result in its runtime folder.
                boolean complete = !String.valueOf(KubeObjects.map(token.get().get("spec")).getOrDefault("url", ""))
                        .isBlank();
                return complete ? new TokenLinkState(Phase.LINKED, grant, "token in place", links)
                        : new TokenLinkState(Phase.REDO, grant, "the token file is incomplete", links);
            }
            Readiness.Verdict redeemed = Readiness.tokenRedeemed(token.get());
            if (redeemed.state() == Readiness.Verdict.State.FAILED) {
                return new TokenLinkState(Phase.REDO, grant, "the token's redemption failed ("
                        + redeemed.message() + ")", links);
            }
            if (redeemed.state() == Readiness.Verdict.State.DONE) {
                return new TokenLinkState(Phase.REDO, grant, "the token was redeemed but its Link is gone", links);
            }
            return new TokenLinkState(Phase.PENDING, grant, "the token waits for redemption", links);
        }
        return new TokenLinkState(Phase.NEEDS_TOKEN, grant, switch (grant) {
            case EXPIRED -> "the grant expired";
            case SPENT -> "the grant's redemptions are used up";
            case FAILED -> "the grant is in error";
            default -> "not linked yet";
        }, links);
    }

    static GrantState grantState(Optional<Map<String, Object>> grant, Instant now) {
        if (grant.isEmpty()) {
            return GrantState.MISSING;
        }
        Map<String, Object> status = KubeObjects.map(grant.get().get("status"));
        Readiness.Verdict verdict = Readiness.grantReady(grant.get());
        if (verdict.state() == Readiness.Verdict.State.FAILED) {
            return GrantState.FAILED;
        }
        Object expiration = status.get("expirationTime");
        if (expiration != null) {
            try {
                if (!Instant.parse(String.valueOf(expiration)).isAfter(now)) {
                    return GrantState.EXPIRED;
                }
            } catch (DateTimeParseException e) {
                // unreadable: let the controller judge it
            }
        }
        long allowed = number(KubeObjects.map(grant.get().get("spec")).get("redemptionsAllowed"), 1);
        if (number(status.get("redemptions"), 0) >= Math.max(1, allowed)) {
            return GrantState.SPENT;
        }
        return verdict.state() == Readiness.Verdict.State.DONE ? GrantState.USABLE : GrantState.PROCESSING;
    }

    private static long number(Object value, long fallback) {
        return value instanceof Number n ? n.longValue() : fallback;
    }
}
