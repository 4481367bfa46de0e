package org.skupperdesigner.exporters.kube;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.skupperdesigner.exporters.desired.DesignerMetadata;
import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.desired.DesignRecovery;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.exporters.plan.StepKind;
import org.skupperdesigner.exporters.system.SystemSiteActivator;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Design versus live, per site: what apply would create or change, what --prune would delete, token links not made
 * yet, and statuses that are not Ready. Uses the planner's own comparison, so "in sync" means "apply writes nothing".
 */
public final class DriftDetector {

    private final ApplyOptions options;
    private final SystemSiteActivator activator;
    private final KubeObjects objects = new KubeObjects();

    public DriftDetector(ApplyOptions options, SystemSiteActivator activator) {
        this.options = options;
        this.activator = activator;
    }

    public DriftReport compare(DesiredNetwork desired, Map<String, SiteEndpoint> endpoints,
                               List<PreflightFinding> findings) {
        Map<String, SiteEndpoint> readable = new LinkedHashMap<>();
        endpoints.values().forEach(site -> readable.put(site.id(), SiteReads.of(site)));
        Map<String, String> unreadable = new LinkedHashMap<>();
        PlannedApply plan = planReadable(desired, readable, unreadable, findings);
        List<SiteDrift> sites = new ArrayList<>();
        for (SiteEndpoint site : endpoints.values()) {
            String error = unreadable.get(site.id());
            if (error == null) {
                try {
                    sites.add(drift(desired, plan, readable.get(site.id()), readable));
                    continue;
                } catch (RuntimeException e) {
                    if (!SiteReads.isReadFailure(e)) {
                        throw e;
                    }
                    error = e.getMessage();
                }
            }
            sites.add(new SiteDrift(site.id(), site.name(), site.store().describe(), error, List.of(), List.of()));
        }
        return new DriftReport(sites, findings);
    }

    /**
     * Plans the sites that can be read: a site whose objects cannot be read is set aside with the reason and the
     * rest planned again (at most once per site), so one forbidden or unreachable namespace does not hide the others.
     */
    private PlannedApply planReadable(DesiredNetwork desired, Map<String, SiteEndpoint> readable,
                                      Map<String, String> unreadable, List<PreflightFinding> findings) {
        while (true) {
            try {
                return new ApplyPlanner(options, activator).plan(desired, readable, readable.keySet(),
                        new ApplyRequest(true, true, java.util.Set.of()), findings, List.of());
            } catch (SiteReads.Failure e) {
                if (readable.remove(e.siteId()) == null) {
                    throw e;
                }
                unreadable.put(e.siteId(), e.getMessage());
            }
        }
    }

    private SiteDrift drift(DesiredNetwork desired, PlannedApply plan, SiteEndpoint site,
                            Map<String, SiteEndpoint> readable) {
        Instant now = options.clock().instant();
        List<ResourceChange> differences = new ArrayList<>();
        // Grants and tokens are the mechanics of linking; whether links are made is reported in the notes.
        plan.plan().steps().stream().filter(s -> site.id().equals(s.siteId()) && s.kind() != StepKind.GRANTS)
                .flatMap(s -> s.changes().stream())
                .filter(c -> !c.ref().kind().equals(ResourceKind.ACCESS_TOKEN.kind()))
                .forEach(differences::add);
        List<String> notes = new ArrayList<>();
        List<String> unmadeLinks = new ArrayList<>();
        for (TokenExchange ex : desired.exchanges()) {
            if (ex.dialingSiteId().equals(site.id())) {
                TokenLinkState state = TokenLinkState.evaluate(ex, readable.get(ex.acceptingSiteId()), site, now);
                if (state.phase() != TokenLinkState.Phase.LINKED) {
                    notes.add("link " + ex.linkId() + " is not made yet: " + state.reason());
                    unmadeLinks.add(ex.linkId());
                }
            }
        }
        List<ResourceRef> unmanaged = new ArrayList<>();
        if (site.isKube()) {
            notes.addAll(statusNotes(site));
            unmanaged.addAll(unmanaged(desired, site, differences));
        }
        return new SiteDrift(site.id(), site.name(), site.store().describe(), null, differences, notes, unmanaged,
                unmadeLinks);
    }

    /**
     * Skupper objects in the site's namespace that are neither in the design nor made by the designer: not owned
     * by another object (controller-generated), not a grant or token (the mechanics of linking), not a Link Skupper
     * made from one of the design's tokens, and not already reported as a difference.
     */
    private List<ResourceRef> unmanaged(DesiredNetwork desired, SiteEndpoint site, List<ResourceChange> differences) {
        Set<ResourceRef> known = new HashSet<>();
        site.desired().resources().forEach(r -> known.add(ResourceRef.of(objects.desired(r))));
        differences.forEach(c -> known.add(c.ref()));
        Set<String> linksFromTokens = new HashSet<>();
        desired.exchanges().stream().filter(ex -> ex.dialingSiteId().equals(site.id()))
                .forEach(ex -> linksFromTokens.addAll(TokenLinkState.linkNames(ex.tokenName())));
        String namespace = site.site().namespace();
        List<ResourceRef> found = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind == ResourceKind.SECRET || kind == ResourceKind.ACCESS_GRANT
                    || kind == ResourceKind.ACCESS_TOKEN) {
                continue;
            }
            for (Map<String, Object> live : site.client().list(kind.kind(), namespace, Map.of())) {
                Map<String, Object> meta = KubeObjects.map(live.get("metadata"));
                ResourceRef ref = new ResourceRef(kind.kind(), namespace, String.valueOf(meta.get("name")));
                boolean managed = DesignerMetadata.MANAGER.equals(KubeObjects.map(meta.get("labels"))
                        .get(DesignerMetadata.MANAGED_BY));
                boolean owned = meta.get("ownerReferences") instanceof List<?> owners && !owners.isEmpty();
                boolean fromToken = kind == ResourceKind.LINK && linksFromTokens.contains(ref.name());
                if (!managed && !owned && !fromToken && !known.contains(ref)) {
                    found.add(ref);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private List<String> statusNotes(SiteEndpoint site) {
        List<String> notes = new ArrayList<>();
        DesiredSite d = site.desired();
        for (SkupperResource r : d.resources()) {
            if (r.kind() == ResourceKind.SECRET || (r.kind() == ResourceKind.ACCESS_GRANT
                    && DesignRecovery.isGenerated(r))) {
                continue;
            }
            ResourceRef ref = ResourceRef.of(objects.desired(r));
            Optional<Map<String, Object>> live = site.store().get(ref);
            if (live.isPresent() && live.get().containsKey("status") && !Readiness.ready(live.get())) {
                String summary = Readiness.summary(live.get());
                if (!summary.isEmpty()) {
                    notes.add(ref.display() + " is " + summary);
                }
            }
        }
        return notes;
    }
}
