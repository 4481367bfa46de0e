package org.skupperdesigner.exporters.kube;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * The token exchange of reference E.4, as step actions: issue (or renew) grants in the accepting site, turn each
 * grant's status into an AccessToken in the dialing site, then wait for the Link Skupper makes from it.
 */
public final class TokenActions {

    /**
     * One grant to issue.
     *
     * @param desired the AccessGrant object
     * @param renew   delete the live grant first (expired, spent, or its token failed)
     * @param reason  why it is renewed
     */
    public record GrantWork(Map<String, Object> desired, boolean renew, String reason) {
    }

    /**
     * One token to create.
     *
     * @param exchange  the link
     * @param accepting the site with the grant
     * @param token     the AccessToken object with url/code/ca still empty
     * @param replace   delete the live token first (its redemption failed)
     */
    public record TokenWork(TokenExchange exchange, SiteEndpoint accepting, Map<String, Object> token,
                            boolean replace) {
    }

    private TokenActions() {
    }

    public static StepAction issueGrants(SiteEndpoint site, List<GrantWork> grants) {
        return ctx -> {
            for (GrantWork work : grants) {
                ctx.checkCancelled();
                if (!work.renew()) {
                    ObjectWrites.write(ctx, site, work.desired());
                    continue;
                }
                ResourceRef ref = ResourceRef.of(work.desired());
                try {
                    Optional<Map<String, Object>> live = site.store().get(ref);
                    if (!ctx.dryRun()) {
                        ctx.journal().before(site, ref, live.orElse(null));
                        live.ifPresent(l -> site.store().delete(ref, false));
                        site.store().write(work.desired(), null, false);
                    }
                    ctx.wrote(new ResourceChange(site.id(), ref, ChangeType.REPLACE, List.of(), work.reason()));
                } catch (ClusterAccessException e) {
                    throw new StepFailedException("site " + site.name() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** Creates each AccessToken from its grant's status (url, code, ca). */
    public static StepAction redeem(SiteEndpoint dialing, List<TokenWork> tokens) {
        return ctx -> {
            for (TokenWork work : tokens) {
                ctx.checkCancelled();
                ResourceRef ref = ResourceRef.of(work.token());
                if (ctx.dryRun()) {
                    ctx.wrote(new ResourceChange(dialing.id(), ref, work.replace() ? ChangeType.REPLACE
                            : ChangeType.CREATE, List.of(), "from the status of AccessGrant "
                            + work.exchange().grantName() + " in site " + work.accepting().name()));
                    continue;
                }
                try {
                    ResourceRef grantRef = new ResourceRef(ResourceKind.ACCESS_GRANT.kind(),
                            work.accepting().site().namespace(), work.exchange().grantName());
                    Map<String, Object> grant = work.accepting().store().get(grantRef).orElseThrow(() ->
                            new StepFailedException("AccessGrant " + work.exchange().grantName() + " vanished from "
                                    + "site " + work.accepting().name()));
                    Map<String, Object> token = completed(work.token(), KubeObjects.map(grant.get("status")));
                    Optional<Map<String, Object>> live = dialing.store().get(ref);
                    ctx.journal().before(dialing, ref, live.orElse(null));
                    if (live.isPresent()) {
                        dialing.store().delete(ref, false);
                    }
                    dialing.store().write(token, null, false);
                    ctx.wrote(new ResourceChange(dialing.id(), ref, live.isPresent() ? ChangeType.REPLACE
                            : ChangeType.CREATE, List.of(), "from AccessGrant " + work.exchange().grantName()
                            + " in site " + work.accepting().name()));
                } catch (ClusterAccessException e) {
                    throw new StepFailedException("site " + dialing.name() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * Waits until Skupper has made an Operational Link from each new token (and for each pre-issued Link); records
     * the Link and Secret Skupper created so a rollback removes them too.
     */
    public static StepAction awaitLinks(SiteEndpoint dialing, List<String> tokenNames, Set<String> newTokens,
                                        List<String> credentialLinks, Duration timeout) {
        return ctx -> {
            Instant deadline = Instant.now().plus(timeout);
            String ns = dialing.site().namespace();
            for (String token : tokenNames) {
                ResourceRef tokenRef = new ResourceRef(ResourceKind.ACCESS_TOKEN.kind(), ns, token);
                Map<String, Object> link = ctx.await("the Link made from AccessToken " + token + " in site "
                        + dialing.name(), () -> linkFromToken(dialing, tokenRef, token),
                        o -> ResourceKind.ACCESS_TOKEN.kind().equals(o.get("kind")) ? Readiness.tokenRedeemed(o)
                                : Readiness.linkOperational(o), remaining(deadline));
                if (newTokens.contains(token)) {
                    ctx.journal().created(dialing, ResourceRef.of(link));
                    ctx.journal().created(dialing, new ResourceRef(ResourceKind.SECRET.kind(), ns, token));
                }
                ctx.progress("Link " + KubeObjects.string(link, "metadata", "name") + " in site " + dialing.name()
                        + " is operational");
            }
            for (String name : credentialLinks) {
                ResourceRef ref = new ResourceRef(ResourceKind.LINK.kind(), ns, name);
                ctx.await("Link " + name + " in site " + dialing.name(), () -> dialing.store().get(ref),
                        Readiness::linkOperational, remaining(deadline));
                ctx.progress("Link " + name + " in site " + dialing.name() + " is operational");
            }
        };
    }

    /** The Link Skupper made from the token; fails fast when the token's redemption failed. */
    private static Optional<Map<String, Object>> linkFromToken(SiteEndpoint dialing, ResourceRef tokenRef,
                                                               String token) {
        for (String name : TokenLinkState.linkNames(token)) {
            Optional<Map<String, Object>> link = dialing.store().get(new ResourceRef(ResourceKind.LINK.kind(),
                    tokenRef.namespace(), name));
            if (link.isPresent()) {
                return link;
            }
        }
        Optional<Map<String, Object>> live = dialing.store().get(tokenRef);
        // A failed token is handed to the check, so the wait stops at once with the token's message.
        return live.filter(t -> Readiness.tokenRedeemed(t).state() == Readiness.Verdict.State.FAILED);
    }

    private static Map<String, Object> completed(Map<String, Object> pending, Map<String, Object> grantStatus) {
        Map<String, Object> token = KubeObjects.normalize(pending);
        Map<String, Object> spec = KubeObjects.map(token.get("spec"));
        spec.put("url", grantStatus.get("url"));
        spec.put("code", grantStatus.get("code"));
        spec.put("ca", grantStatus.get("ca"));
        // A token is written once and never updated: no last-applied record (it would copy the code).
        KubeObjects.map(KubeObjects.map(token.get("metadata")).get("annotations")).remove(KubeObjects.LAST_APPLIED);
        return token;
    }

    static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
