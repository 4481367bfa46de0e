package org.skupperdesigner.model.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.support.DrawnTopology;
import org.skupperdesigner.model.validation.support.SiteFacts;

/**
 * Validates successive snapshots of one design, reusing work for what did not change (see
 * {@code docs/decisions/0200}):
 * <ul>
 *   <li>site-scoped findings and site facts are kept per site while the site record is the same (identity, else
 *       equals);</li>
 *   <li>topology-scoped findings are kept while every site's {@code SiteShape} and the link list are;</li>
 *   <li>services-scoped findings are kept while every site's service shapes and the drawn topology's partition
 *       are;</li>
 *   <li>network-scoped rules run every time.</li>
 * </ul>
 * Gives exactly the report a fresh {@link Validator} would. One instance per design; calls are serialized.
 */
public final class IncrementalValidator {

    private record SiteEntry(NetworkSite site, SiteFacts facts, List<Diagnostic> findings) {
    }

    /** Findings of one scope, with the inputs they were computed from. */
    private record ScopeEntry(List<?> inputs, List<Diagnostic> findings) {
    }

    private final RuleSet rules;
    private final ValidationOptions options;
    private final Map<RuleScope, List<Rule>> networkRules = new EnumMap<>(RuleScope.class);
    private Map<String, SiteEntry> cache = new HashMap<>();
    private final Map<RuleScope, ScopeEntry> scopeCache = new EnumMap<>(RuleScope.class);
    private List<String> topologySiteIds;
    private List<NetworkLink> topologyLinks;
    private DrawnTopology topology;
    private int sitesRechecked;
    private int scopesRerun;

    public IncrementalValidator() {
        this(RuleSet.standard(), ValidationOptions.DEFAULTS);
    }

    public IncrementalValidator(RuleSet rules, ValidationOptions options) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.options = Objects.requireNonNull(options, "options");
        for (Rule r : rules.networkRules()) {
            RuleScope scope = r.scope() == RuleScope.SITE ? RuleScope.NETWORK : r.scope();
            networkRules.computeIfAbsent(scope, k -> new ArrayList<>()).add(r);
        }
    }

    public synchronized ValidationReport validate(Network network) {
        List<Diagnostic> all = new ArrayList<>();
        Map<String, SiteEntry> next = new HashMap<>();
        List<SiteFacts> facts = new ArrayList<>(network.sites().size());
        sitesRechecked = 0;
        scopesRerun = 0;
        for (NetworkSite site : network.sites()) {
            SiteEntry entry = next.containsKey(site.id()) ? null : reuse(cache.get(site.id()), site);
            if (entry == null) {
                entry = check(site);
                sitesRechecked++;
            }
            next.putIfAbsent(site.id(), entry);
            all.addAll(entry.findings());
            facts.add(entry.facts());
        }
        cache = next;
        try {
            DrawnTopology drawn = topologyFor(network);
            Map<RuleScope, List<?>> inputs = new EnumMap<>(RuleScope.class);
            inputs.put(RuleScope.TOPOLOGY, topologyInputs(network, facts));
            inputs.put(RuleScope.SERVICES, servicesInputs(network, facts, drawn));
            ValidationContext ctx = null;
            for (Map.Entry<RuleScope, List<Rule>> group : networkRules.entrySet()) {
                RuleScope scope = group.getKey();
                List<?> in = inputs.get(scope);
                ScopeEntry cached = scopeCache.get(scope);
                if (in != null && cached != null && sameInputs(cached.inputs(), in)) {
                    all.addAll(cached.findings());
                    continue;
                }
                if (ctx == null) {
                    ctx = new ValidationContext(network, options, s -> factsOf(s, next), drawn);
                }
                List<Diagnostic> found = new ArrayList<>();
                for (Rule rule : group.getValue()) {
                    RuleRunner.run(rule, ctx, found);
                }
                scopesRerun++;
                all.addAll(found);
                if (in != null) {
                    scopeCache.put(scope, new ScopeEntry(in, List.copyOf(found)));
                }
            }
        } catch (RuntimeException e) {
            scopeCache.clear();
            all.add(RuleRunner.failure("indexes", "while indexing the network", List.of(), e));
        }
        return new ValidationReport(all);
    }

    /** How many sites the last call had to re-check (for tests and the benchmark). */
    public synchronized int sitesRecheckedLastTime() {
        return sitesRechecked;
    }

    /** How many groups of network rules the last call had to re-run (for tests and the benchmark). */
    public synchronized int scopesRerunLastTime() {
        return scopesRerun;
    }

    private static SiteEntry reuse(SiteEntry cached, NetworkSite site) {
        if (cached != null && cached.site() == site) {
            return cached;
        }
        if (cached != null && cached.site().equals(site)) {
            return new SiteEntry(site, cached.facts(), cached.findings());
        }
        return null;
    }

    private SiteEntry check(NetworkSite site) {
        List<Diagnostic> findings = new ArrayList<>();
        for (SiteRule rule : rules.siteRules()) {
            RuleRunner.run(rule, site, findings);
        }
        SiteFacts facts;
        try {
            facts = SiteFacts.of(site);
        } catch (RuntimeException e) {
            findings.add(RuleRunner.failure("site-facts", "on site " + site.id(), List.of(site.elementId()), e));
            facts = null;
        }
        return new SiteEntry(site, facts, List.copyOf(findings));
    }

    private static SiteFacts factsOf(NetworkSite site, Map<String, SiteEntry> entries) {
        SiteEntry e = entries.get(site.id());
        if (e != null && e.facts() != null && e.site() == site) {
            return e.facts();
        }
        return SiteFacts.of(site);
    }

    /** Site shapes in order, then the link list; null (never reuse) when some site's facts failed. */
    private static List<?> topologyInputs(Network network, List<SiteFacts> facts) {
        List<Object> in = new ArrayList<>(facts.size() + 1);
        for (SiteFacts f : facts) {
            if (f == null) {
                return null;
            }
            in.add(f.shape());
        }
        in.add(network.links());
        in.add(network.linkMode()); // tokens vs pre-issued credentials changes what links need
        return in;
    }

    /** Service shapes of every site in order, then the partition of the drawn topology. */
    private static List<?> servicesInputs(Network network, List<SiteFacts> facts, DrawnTopology drawn) {
        List<Object> in = new ArrayList<>(facts.size() + 1);
        int[] partition = new int[network.sites().size()];
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) == null) {
                return null;
            }
            in.add(facts.get(i).serviceShapes());
            partition[i] = drawn.componentOf(network.sites().get(i).id());
        }
        in.add(java.util.Arrays.stream(partition).boxed().toList());
        return in;
    }

    private static boolean sameEnds(List<NetworkLink> a, List<NetworkLink> b) {
        if (a == b) {
            return true;
        }
        if (a == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            NetworkLink x = a.get(i);
            NetworkLink y = b.get(i);
            if (x != y && !(x.fromSite().equals(y.fromSite()) && x.toSite().equals(y.toSite()))) {
                return false;
            }
        }
        return true;
    }

    /** Element-wise, identity first: unchanged sites share their shape objects, so this is cheap. */
    private static boolean sameInputs(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x != y && !Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** The drawn topology only depends on site ids and link ends, so a cost edit keeps it. */
    private DrawnTopology topologyFor(Network network) {
        List<String> ids = network.sites().stream().map(NetworkSite::id).toList();
        if (topology == null || !sameEnds(topologyLinks, network.links()) || !ids.equals(topologySiteIds)) {
            topology = new DrawnTopology(ids, network.links());
            topologyLinks = network.links();
            topologySiteIds = ids;
        }
        return topology;
    }
}
