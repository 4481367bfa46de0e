package org.skupperdesigner.exporters.kube;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.exporters.desired.DesignRecovery;
import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.exporters.plain.SiteResourceOrder;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.SiteOrder;
import org.skupperdesigner.exporters.plan.StepKind;
import org.skupperdesigner.exporters.system.SystemSiteActivator;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Orders an apply the way links need it (reference E.4): sites that accept links first, each waited for until
 * Ready; then their grants, waited for until they carry url/code/ca; then tokens (or pre-issued Links) in the
 * dialing sites, waited for until the Links are Operational; then listeners and connectors, waited for until
 * Matched; and, with --prune, deletions last. Each step lists the writes it will make, read against what is live, so
 * an unchanged design plans no writes at all.
 */
public final class ApplyPlanner {

    private static final Set<ResourceKind> SITE_KINDS = EnumSet.of(ResourceKind.SITE, ResourceKind.SECRET,
            ResourceKind.CERTIFICATE, ResourceKind.ROUTER_ACCESS, ResourceKind.SECURED_ACCESS);
    private static final Set<ResourceKind> LINK_KINDS = EnumSet.of(ResourceKind.LINK, ResourceKind.ACCESS_TOKEN);

    private final KubeObjects objects = new KubeObjects();
    private final ApplyOptions options;
    private final SystemSiteActivator activator;

    public ApplyPlanner(ApplyOptions options, SystemSiteActivator activator) {
        this.options = options;
        this.activator = activator;
    }

    /**
     * @param endpoints sites that passed preflight, by id
     * @param selected  ids of the sites the user asked for
     */
    public PlannedApply plan(DesiredNetwork desired, Map<String, SiteEndpoint> endpoints, Set<String> selected,
                             ApplyRequest request, List<PreflightFinding> findings, List<String> notes) {
        PlanBuilder b = new PlanBuilder();
        Instant now = options.clock().instant();
        List<SiteEndpoint> order = SiteOrder.acceptingFirst(desired.network()).stream().map(NetworkSite::id)
                .filter(endpoints::containsKey).map(endpoints::get).toList();
        Map<TokenExchange, TokenLinkState> states = new LinkedHashMap<>();
        for (TokenExchange ex : desired.exchanges()) {
            SiteEndpoint dialing = endpoints.get(ex.dialingSiteId());
            if (dialing != null && endpoints.containsKey(ex.acceptingSiteId())
                    && selected.contains(ex.dialingSiteId())) {
                states.put(ex, TokenLinkState.evaluate(ex, endpoints.get(ex.acceptingSiteId()), dialing, now));
            }
        }
        Set<String> systemDone = new HashSet<>();
        for (SiteEndpoint site : order) {
            if (!selected.contains(site.id())) {
                continue;
            }
            if (site.isKube()) {
                siteSteps(b, site);
            } else if (SiteOrder.accepts(desired.network(), site.id())) {
                systemSteps(b, site, desired, states, endpoints, request);
                systemDone.add(site.id());
            }
        }
        for (SiteEndpoint site : order) {
            if (site.isKube()) {
                grantSteps(b, site, states);
            }
        }
        for (SiteEndpoint site : order) {
            if (!selected.contains(site.id())) {
                continue;
            }
            if (site.isKube()) {
                linkSteps(b, site, states, endpoints);
            } else if (!systemDone.contains(site.id())) {
                systemSteps(b, site, desired, states, endpoints, request);
            }
        }
        List<Awaits.Target> matched = new ArrayList<>();
        // Only peers applied now (or their Matched state could depend on sites outside this apply).
        RoutingKeys keys = new RoutingKeys(desired.network(), selected);
        for (SiteEndpoint site : order) {
            if (selected.contains(site.id()) && site.isKube()) {
                serviceSteps(b, site, keys, matched);
            }
        }
        if (!matched.isEmpty()) {
            b.step(null, StepKind.WAIT_MATCHED, "wait for listeners and connectors to be Matched", List.of(),
                    options.matchTimeout(), Awaits.all(matched, options.matchTimeout()));
        }
        List<ResourceChange> prunable = new ArrayList<>();
        for (SiteEndpoint site : order) {
            if (selected.contains(site.id()) && site.isKube()) {
                List<ResourceChange> extra = extras(site, desired);
                prunable.addAll(extra);
                if (request.prune() && !extra.isEmpty()) {
                    b.step(site.id(), StepKind.PRUNE, "delete from site " + site.name()
                            + " what the design no longer has", extra, options.writeTimeout(),
                            ObjectWrites.delete(site, extra.stream().map(ResourceChange::ref).toList()));
                }
            }
        }
        for (SiteEndpoint site : order) {
            if (selected.contains(site.id()) && !site.isKube() && !request.prune()) {
                prunable.addAll(extras(site, desired));
            }
        }
        return b.build(desired.network().name(), request.prune() ? List.of() : prunable, findings, notes,
                request.dryRun());
    }

    private void siteSteps(PlanBuilder b, SiteEndpoint site) {
        if (!site.namespaceExists()) {
            b.step(site.id(), StepKind.NAMESPACE, "create namespace " + site.site().namespace() + " ("
                    + site.store().describe() + ")", List.of(ResourceChange.of(site.id(), new ResourceRef(
                    KubeKinds.NAMESPACE, null, site.site().namespace()), ChangeType.CREATE, List.of())),
                    options.writeTimeout(), ObjectWrites.createNamespace(site));
        }
        List<Map<String, Object>> bodies = bodies(site, SITE_KINDS);
        b.step(site.id(), StepKind.SITE, "apply Site " + site.name() + " with its link access and credentials ("
                + site.store().describe() + ")", preview(site, bodies), options.writeTimeout(),
                ObjectWrites.apply(site, bodies));
        site.desired().site().siteResource().ifPresent(s -> b.step(site.id(), StepKind.WAIT_SITE_READY,
                "wait for Site " + s.name() + " to be Ready", List.of(), options.siteReadyTimeout(),
                Awaits.all(List.of(new Awaits.Target(site, ref(site, ResourceKind.SITE, s.name()), "Site " + s.name()
                        + " Ready", Readiness::siteReady)), options.siteReadyTimeout())));
    }

    private void grantSteps(PlanBuilder b, SiteEndpoint site, Map<TokenExchange, TokenLinkState> states) {
        List<TokenActions.GrantWork> work = new ArrayList<>();
        List<ResourceChange> changes = new ArrayList<>();
        List<Awaits.Target> waits = new ArrayList<>();
        for (Map.Entry<TokenExchange, TokenLinkState> e : states.entrySet()) {
            TokenExchange ex = e.getKey();
            TokenLinkState state = e.getValue();
            if (!ex.acceptingSiteId().equals(site.id()) || !state.needsToken()) {
                continue;
            }
            Map<String, Object> grant = body(site, ResourceKind.ACCESS_GRANT, ex.grantName());
            boolean renew = state.needsFreshGrant() && state.grant() != TokenLinkState.GrantState.MISSING;
            work.add(new TokenActions.GrantWork(grant, renew, state.reason()));
            changes.addAll(renew ? List.of(new ResourceChange(site.id(), ResourceRef.of(grant), ChangeType.REPLACE,
                    List.of(), state.reason())) : preview(site, List.of(grant)));
            waits.add(new Awaits.Target(site, ResourceRef.of(grant), "AccessGrant " + ex.grantName() + " in site "
                    + site.name() + " to carry url, code and ca", Readiness::grantReady));
        }
        if (!work.isEmpty()) {
            b.step(site.id(), StepKind.GRANTS, "issue access grants in site " + site.name(), changes,
                    options.writeTimeout(), TokenActions.issueGrants(site, work));
            b.step(site.id(), StepKind.WAIT_GRANTS, "wait for the grants of site " + site.name() + " to be ready",
                    List.of(), options.grantTimeout(), Awaits.all(waits, options.grantTimeout()));
        }
    }

    private void linkSteps(PlanBuilder b, SiteEndpoint site, Map<TokenExchange, TokenLinkState> states,
                           Map<String, SiteEndpoint> endpoints) {
        List<Map<String, Object>> bodies = bodies(site, LINK_KINDS).stream()
                .filter(o -> !isGeneratedGrantOrToken(o)).toList();
        List<ResourceChange> changes = new ArrayList<>(preview(site, bodies));
        List<TokenActions.TokenWork> tokens = tokenWork(site, states, endpoints, changes);
        Map<ResourceRef, Long> costs = new LinkedHashMap<>();
        List<String> awaitTokens = new ArrayList<>();
        for (Map.Entry<TokenExchange, TokenLinkState> e : states.entrySet()) {
            if (!e.getKey().dialingSiteId().equals(site.id())) {
                continue;
            }
            if (e.getValue().phase() == TokenLinkState.Phase.LINKED) {
                for (ResourceRef link : e.getValue().liveLinks()) {
                    Object cost = KubeObjects.map(site.store().get(link).map(l -> l.get("spec")).orElse(null))
                            .get("cost");
                    long live = cost instanceof Number n ? n.longValue() : 1;
                    if (live != e.getKey().cost()) {
                        costs.put(link, (long) e.getKey().cost());
                        changes.add(ResourceChange.of(site.id(), link, ChangeType.UPDATE, List.of(
                                new org.skupperdesigner.exporters.plan.FieldChange("spec.cost", live,
                                        (long) e.getKey().cost(), false))));
                    }
                }
            } else {
                awaitTokens.add(e.getKey().tokenName());
            }
        }
        List<String> credentialLinks = changes.stream().filter(c -> c.ref().kind().equals(ResourceKind.LINK.kind()))
                .filter(c -> c.type() == ChangeType.CREATE || c.type() == ChangeType.UPDATE)
                .map(c -> c.ref().name()).filter(n -> !costs.containsKey(ref(site, ResourceKind.LINK, n))).toList();
        if (!bodies.isEmpty() || !tokens.isEmpty() || !costs.isEmpty()) {
            b.step(site.id(), StepKind.LINKS, "link site " + site.name() + " to the sites it dials", changes,
                    options.writeTimeout(), ObjectWrites.apply(site, bodies), TokenActions.redeem(site, tokens),
                    ObjectWrites.linkCosts(site, costs));
        }
        if (!awaitTokens.isEmpty() || !credentialLinks.isEmpty()) {
            Set<String> fresh = new HashSet<>();
            tokens.forEach(t -> fresh.add(t.exchange().tokenName()));
            b.step(site.id(), StepKind.WAIT_LINKS, "wait for the links of site " + site.name() + " to be Operational",
                    List.of(), options.linkTimeout(), TokenActions.awaitLinks(site, awaitTokens, fresh,
                            credentialLinks, options.linkTimeout()));
        }
    }

    private List<TokenActions.TokenWork> tokenWork(SiteEndpoint site, Map<TokenExchange, TokenLinkState> states,
                                                   Map<String, SiteEndpoint> endpoints, List<ResourceChange> changes) {
        List<TokenActions.TokenWork> tokens = new ArrayList<>();
        for (Map.Entry<TokenExchange, TokenLinkState> e : states.entrySet()) {
            TokenExchange ex = e.getKey();
            if (!ex.dialingSiteId().equals(site.id()) || !e.getValue().needsToken()) {
                continue;
            }
            SiteEndpoint accepting = endpoints.get(ex.acceptingSiteId());
            Map<String, Object> token = objects.desired(site.desired().pendingTokens().stream()
                    .filter(t -> t.name().equals(ex.tokenName())).findFirst().orElseThrow());
            boolean replace = e.getValue().phase() == TokenLinkState.Phase.REDO;
            tokens.add(new TokenActions.TokenWork(ex, accepting, token, replace));
            changes.add(new ResourceChange(site.id(), ResourceRef.of(token), replace ? ChangeType.REPLACE
                    : ChangeType.CREATE, List.of(), "from AccessGrant " + ex.grantName() + " in site "
                    + accepting.name() + (replace ? "; " + e.getValue().reason() : "")));
        }
        return tokens;
    }

    private void systemSteps(PlanBuilder b, SiteEndpoint site, DesiredNetwork desired,
                             Map<TokenExchange, TokenLinkState> states, Map<String, SiteEndpoint> endpoints,
                             ApplyRequest request) {
        List<Map<String, Object>> bodies = site.desired().resources().stream().map(objects::desired).toList();
        List<ResourceChange> changes = new ArrayList<>(preview(site, bodies));
        List<TokenActions.TokenWork> tokens = tokenWork(site, states, endpoints, changes);
        List<ResourceChange> extra = request.prune() ? extras(site, desired) : List.of();
        changes.addAll(extra);
        if (!changes.isEmpty()) {
            b.step(site.id(), StepKind.SYSTEM_WRITE, "write the input of system site " + site.name() + " ("
                    + site.store().describe() + ")", changes, options.writeTimeout(), ObjectWrites.apply(site, bodies),
                    TokenActions.redeem(site, tokens),
                    ObjectWrites.delete(site, extra.stream().map(ResourceChange::ref).toList()));
            b.step(site.id(), StepKind.SYSTEM_RELOAD, "load it: " + activator.commandLine(site.site()), List.of(),
                    options.systemTimeout(), SystemActivation.of(site, activator));
        }
    }

    private void serviceSteps(PlanBuilder b, SiteEndpoint site, RoutingKeys keys, List<Awaits.Target> matched) {
        Set<ResourceKind> handled = EnumSet.copyOf(SITE_KINDS);
        handled.addAll(LINK_KINDS);
        List<Map<String, Object>> bodies = site.desired().resources().stream()
                .filter(r -> !handled.contains(r.kind()))
                .filter(r -> !(r.kind() == ResourceKind.ACCESS_GRANT && DesignRecovery.isGenerated(r)))
                .map(objects::desired).toList();
        if (bodies.isEmpty()) {
            return;
        }
        List<ResourceChange> changes = preview(site, bodies);
        b.step(site.id(), StepKind.SERVICES, "apply the listeners, connectors and other resources of site "
                + site.name(), changes, options.writeTimeout(), ObjectWrites.apply(site, bodies));
        for (ResourceChange c : changes) {
            String kind = c.ref().kind();
            if (!kind.equals("Listener") && !kind.equals("Connector")) {
                continue;
            }
            Map<String, Object> body = bodies.stream().filter(o -> ResourceRef.of(o).equals(c.ref())).findFirst()
                    .orElseThrow();
            String key = KubeObjects.string(body, "spec", "routingKey");
            if (key != null && keys.hasPeer(kind, key)) {
                matched.add(new Awaits.Target(site, c.ref(), kind + " " + c.ref().name() + " in site " + site.name()
                        + " Matched", Readiness::matched));
            }
        }
    }

    /** Managed objects the design no longer has, in the order they are safely deleted (services first). */
    private List<ResourceChange> extras(SiteEndpoint site, DesiredNetwork desired) {
        Set<ResourceRef> keep = new HashSet<>();
        site.desired().resources().forEach(r -> keep.add(refOf(site, r)));
        site.desired().pendingTokens().forEach(r -> keep.add(refOf(site, r)));
        List<ResourceRef> extra = new ArrayList<>();
        for (Map<String, Object> live : site.store().listManaged(site.site().namespace(), desired.networkLabel())) {
            ResourceRef ref = ResourceRef.of(live);
            if (!keep.contains(ref) && ResourceKind.ofKind(ref.kind()).isPresent()) {
                extra.add(ref);
            }
        }
        extra.sort(Comparator.comparing((ResourceRef r) -> -SiteResourceOrder.indexOf(r.kind()))
                .thenComparing(ResourceRef::name));
        return extra.stream().map(r -> ResourceChange.of(site.id(), r, ChangeType.DELETE, List.of())).toList();
    }

    private List<Map<String, Object>> bodies(SiteEndpoint site, Set<ResourceKind> kinds) {
        return site.desired().resources().stream().filter(r -> kinds.contains(r.kind())).map(objects::desired)
                .toList();
    }

    private Map<String, Object> body(SiteEndpoint site, ResourceKind kind, String name) {
        return site.desired().resources().stream().filter(r -> r.kind() == kind && r.name().equals(name))
                .findFirst().map(objects::desired).orElseThrow(() -> new IllegalStateException(kind + "/" + name
                        + " missing from site " + site.name()));
    }

    private static boolean isGeneratedGrantOrToken(Map<String, Object> object) {
        String kind = String.valueOf(object.get("kind"));
        return (kind.equals("AccessGrant") || kind.equals("AccessToken"))
                && KubeObjects.map(KubeObjects.map(object.get("metadata")).get("annotations"))
                .containsKey(org.skupperdesigner.exporters.desired.DesignerMetadata.LINK_ID);
    }

    private static List<ResourceChange> preview(SiteEndpoint site, List<Map<String, Object>> bodies) {
        return ChangePreview.of(site, bodies);
    }

    private static ResourceRef ref(SiteEndpoint site, ResourceKind kind, String name) {
        return new ResourceRef(kind.kind(), site.site().namespace(), name);
    }

    private static ResourceRef refOf(SiteEndpoint site, SkupperResource r) {
        String ns = r.metadata().namespace() != null ? r.metadata().namespace() : site.site().namespace();
        return new ResourceRef(r.kind().kind(), ns, r.name());
    }
}
