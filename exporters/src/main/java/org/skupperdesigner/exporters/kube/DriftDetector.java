package org.skupperdesigner.exporters.kube;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        PlannedApply plan = new ApplyPlanner(options, activator).plan(desired, endpoints, endpoints.keySet(),
                new ApplyRequest(true, true, java.util.Set.of()), findings, List.of());
        List<SiteDrift> sites = new ArrayList<>();
        Instant now = options.clock().instant();
        for (SiteEndpoint site : endpoints.values()) {
            List<ResourceChange> differences = new ArrayList<>();
            // Grants and tokens are the mechanics of linking; whether links are made is reported in the notes.
            plan.plan().steps().stream().filter(s -> site.id().equals(s.siteId()) && s.kind() != StepKind.GRANTS)
                    .flatMap(s -> s.changes().stream())
                    .filter(c -> !c.ref().kind().equals(ResourceKind.ACCESS_TOKEN.kind()))
                    .forEach(differences::add);
            List<String> notes = new ArrayList<>();
            for (TokenExchange ex : desired.exchanges()) {
                if (ex.dialingSiteId().equals(site.id())) {
                    TokenLinkState state = TokenLinkState.evaluate(ex, endpoints.get(ex.acceptingSiteId()), site,
                            now);
                    if (state.phase() != TokenLinkState.Phase.LINKED) {
                        notes.add("link " + ex.linkId() + " is not made yet: " + state.reason());
                    }
                }
            }
            if (site.isKube()) {
                notes.addAll(statusNotes(site));
            }
            sites.add(new SiteDrift(site.id(), site.name(), site.store().describe(), null, differences, notes));
        }
        return new DriftReport(sites, findings);
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
