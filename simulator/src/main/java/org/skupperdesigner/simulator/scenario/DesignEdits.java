package org.skupperdesigner.simulator.scenario;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.ResourceKind;

/** The design edits a scenario can apply live, as {@code Network -> Network} functions. */
final class DesignEdits {
    private DesignEdits() {
    }

    static Network apply(Network network, ScenarioAction action) {
        if (action instanceof ScenarioAction.SetLinkCost cost) {
            return network.withLink(network.link(cost.linkId()).orElseThrow(
                    () -> new IllegalArgumentException("no link " + cost.linkId())).withCost(cost.cost()));
        }
        if (action instanceof ScenarioAction.RemoveElement remove) {
            return remove(network, remove.elementId());
        }
        throw new IllegalArgumentException(action.describe() + " is not a design edit");
    }

    private static Network remove(Network network, String elementId) {
        if (elementId.startsWith("link/")) {
            String id = elementId.substring(5);
            require(network.link(id).isPresent(), "no link " + id);
            return network.withoutLink(id);
        }
        if (elementId.startsWith("site/")) {
            String id = elementId.substring(5);
            require(network.site(id).isPresent(), "no site " + id);
            return network.withoutSite(id);
        }
        String[] parts = elementId.split("/");
        ResourceKind kind = ResourceKind.ofKindIgnoringCase(parts[1]).orElseThrow(
                () -> new IllegalArgumentException("unknown kind " + parts[1] + " in " + elementId));
        require(network.site(parts[0]).flatMap(s -> s.find(kind, parts[2])).isPresent(), "no " + elementId);
        return network.updateSite(parts[0], s -> s.withoutResource(kind, parts[2]));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
