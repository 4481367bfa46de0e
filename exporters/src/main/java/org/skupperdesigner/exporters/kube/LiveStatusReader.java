package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plan.LiveStatusReport;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.ResourceStatus;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Reads back, per design element, what Skupper reports (reference A.2): each Site Ready, each design link's Link
 * Operational, each Listener, MultiKeyListener and Connector Matched. Only Kubernetes sites have statuses; system
 * sites are left out (ADR 0304).
 */
public final class LiveStatusReader {

    private final KubeObjects objects = new KubeObjects();

    public LiveStatusReport read(DesiredNetwork desired, Map<String, SiteEndpoint> endpoints,
                                 List<PreflightFinding> findings) {
        List<ResourceStatus> statuses = new ArrayList<>();
        List<PreflightFinding> found = new ArrayList<>(findings);
        for (SiteEndpoint site : endpoints.values()) {
            if (!site.isKube()) {
                continue;
            }
            try {
                statuses.addAll(siteStatuses(desired, site));
            } catch (ClusterAccessException e) {
                // one namespace the user may not read does not hide the statuses of the others
                found.add(PreflightFinding.error(site.id(), "read statuses", "site " + site.name() + " ("
                        + site.store().describe() + "): " + e.getMessage()));
            }
        }
        return new LiveStatusReport(statuses, found);
    }

    private List<ResourceStatus> siteStatuses(DesiredNetwork desired, SiteEndpoint site) {
        List<ResourceStatus> statuses = new ArrayList<>();
        for (SkupperResource r : site.desired().resources()) {
            elementOf(site.desired(), r).ifPresent(element -> statuses.add(status(site, element, r)));
        }
        for (TokenExchange ex : desired.exchanges()) {
            if (ex.dialingSiteId().equals(site.id())) {
                statuses.add(tokenLink(site, ex));
            }
        }
        return statuses;
    }

    /** The element a resource's status is shown on, for the kinds that have a status worth showing. */
    private static Optional<String> elementOf(DesiredSite site, SkupperResource r) {
        switch (r.kind()) {
            case SITE:
                return Optional.of(ElementIds.site(site.id()));
            case LINK:
                String linkId = r.metadata().annotations().get(DesignerMetadata.LINK_ID);
                return Optional.of(linkId != null ? ElementIds.link(linkId) : site.site().elementId(r));
            case LISTENER:
            case MULTI_KEY_LISTENER:
            case CONNECTOR:
                return Optional.of(site.site().elementId(r));
            default:
                return Optional.empty();
        }
    }

    private ResourceStatus status(SiteEndpoint site, String element, SkupperResource r) {
        ResourceRef ref = ResourceRef.of(objects.desired(r));
        Optional<Map<String, Object>> live = site.store().get(ref);
        if (live.isEmpty()) {
            return new ResourceStatus(site.id(), element, ref, ResourceStatus.State.MISSING, "not found live");
        }
        switch (r.kind()) {
            case SITE:
                return verdict(site, element, ref, Readiness.siteReady(live.get()), "Ready", "not Ready");
            case LINK:
                return verdict(site, element, ref, Readiness.linkOperational(live.get()), "Operational",
                        "not Operational");
            default:
                return verdict(site, element, ref, Readiness.matched(live.get()), "Matched", "no match");
        }
    }

    /** A token link is realised by the Link Skupper made from the token ({@code <token>}, {@code -1}, {@code -2}). */
    private static ResourceStatus tokenLink(SiteEndpoint dialing, TokenExchange ex) {
        String element = ElementIds.link(ex.linkId());
        for (String name : TokenLinkState.linkNames(ex.tokenName())) {
            ResourceRef ref = new ResourceRef(ResourceKind.LINK.kind(), dialing.site().namespace(), name);
            Optional<Map<String, Object>> live = dialing.store().get(ref);
            if (live.isPresent()) {
                return verdict(dialing, element, ref, Readiness.linkOperational(live.get()), "Operational",
                        "not Operational");
            }
        }
        return new ResourceStatus(dialing.id(), element, new ResourceRef(ResourceKind.LINK.kind(),
                dialing.site().namespace(), ex.tokenName()), ResourceStatus.State.MISSING,
                "no Link yet: the token has not been redeemed");
    }

    private static ResourceStatus verdict(SiteEndpoint site, String element, ResourceRef ref,
                                          Readiness.Verdict verdict, String done, String notDone) {
        switch (verdict.state()) {
            case DONE:
                return new ResourceStatus(site.id(), element, ref, ResourceStatus.State.DONE, done);
            case FAILED:
                return new ResourceStatus(site.id(), element, ref, ResourceStatus.State.FAILED,
                        notDone + ": " + verdict.message());
            default:
                return new ResourceStatus(site.id(), element, ref, ResourceStatus.State.PENDING,
                        notDone + ": " + verdict.message());
        }
    }
}
