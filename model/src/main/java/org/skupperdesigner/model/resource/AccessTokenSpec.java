package org.skupperdesigner.model.resource;

import java.util.Map;

/** AccessToken spec: url, code and ca come from the grant's status. */
public record AccessTokenSpec(String url, String code, String ca, Integer linkCost, Map<String, String> settings,
                              Map<String, Object> unknown) {

    public AccessTokenSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public int effectiveLinkCost() {
        return linkCost == null || linkCost < 1 ? 1 : linkCost;
    }
}
