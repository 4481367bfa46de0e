package org.skupperdesigner.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules a validator runs, split into site-local rules (cached per site by the incremental validator) and
 * network-wide rules (run on every snapshot, from shared indexes).
 *
 * @param siteRules    rules that look at one site at a time
 * @param networkRules rules that need the whole network
 */
public record RuleSet(List<SiteRule> siteRules, List<Rule> networkRules) {

    public RuleSet {
        siteRules = List.copyOf(siteRules);
        networkRules = List.copyOf(networkRules);
    }

    /** Every rule the designer knows. */
    public static RuleSet standard() {
        return StandardRules.create();
    }

    /** Sorts rules into the two lists by whether they implement {@link SiteRule}. */
    public static RuleSet of(List<? extends Rule> rules) {
        List<SiteRule> site = new ArrayList<>();
        List<Rule> network = new ArrayList<>();
        for (Rule r : rules) {
            if (r instanceof SiteRule s) {
                site.add(s);
            } else {
                network.add(r);
            }
        }
        return new RuleSet(site, network);
    }

    public List<Rule> all() {
        return Stream.concat(siteRules.stream(), networkRules.stream()).toList();
    }

    public Optional<Rule> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Just the rule with that id (for tests and for filtering in tools). */
    public RuleSet only(String id) {
        return of(all().stream().filter(r -> r.id().equals(id)).toList());
    }
}
