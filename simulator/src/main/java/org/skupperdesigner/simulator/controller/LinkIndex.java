package org.skupperdesigner.simulator.controller;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skupperdesigner.simulator.controller.NetworkPlan.LinkPlan;

/** Finds the link between two sites of a plan (the cheapest, if several), and links by id. */
public final class LinkIndex {
    private final Map<String, LinkPlan> byPair = new HashMap<>();
    private final Map<String, LinkPlan> byId = new HashMap<>();

    public LinkIndex(NetworkPlan plan) {
        for (LinkPlan link : plan.links()) {
            byId.put(link.linkId(), link);
            byPair.merge(pair(link.fromSite(), link.toSite()), link, (a, b) -> a.cost() <= b.cost() ? a : b);
        }
    }

    /** The link joining two sites (either direction), or null. */
    public LinkPlan between(String siteA, String siteB) {
        return byPair.get(pair(siteA, siteB));
    }

    public LinkPlan byId(String linkId) {
        return byId.get(linkId);
    }

    /** Link ids along a path of sites; a hop with no direct link (should not happen) is named {@code ?}. */
    public List<String> linksAlong(List<String> sites) {
        List<String> result = new ArrayList<>();
        for (int i = 1; i < sites.size(); i++) {
            LinkPlan link = between(sites.get(i - 1), sites.get(i));
            result.add(link == null ? "?" : link.linkId());
        }
        return result;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }
}
