package org.skupperdesigner.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.controller.NetworkPlan;

/** Checks that a scenario names only links, sites, connectors and listeners the design has. */
public final class ScenarioChecks {
    private ScenarioChecks() {
    }

    public static List<Diagnostic> check(Scenario scenario, Network network, NetworkPlan plan) {
        List<Diagnostic> problems = new ArrayList<>();
        for (ScenarioStep step : scenario.steps()) {
            String missing = missing(step.action(), network, plan);
            if (missing != null) {
                problems.add(error(missing, step.location()));
            }
        }
        for (Expectation e : scenario.expectations()) {
            if (plan.listener(e.listenerId()).isEmpty()) {
                problems.add(error("no listener " + e.listenerId() + " in the design" + listeners(plan), e.location()));
            }
        }
        return problems;
    }

    private static String missing(ScenarioAction action, Network network, NetworkPlan plan) {
        if (action instanceof ScenarioAction.CutLink a) {
            return link(a.linkId(), network, plan);
        }
        if (action instanceof ScenarioAction.SilenceLink a) {
            return link(a.linkId(), network, plan);
        }
        if (action instanceof ScenarioAction.RestoreLink a) {
            return link(a.linkId(), network, plan);
        }
        if (action instanceof ScenarioAction.ShapeLink a) {
            return link(a.linkId(), network, plan);
        }
        if (action instanceof ScenarioAction.SetLinkCost a) {
            return network.link(a.linkId()).isPresent() ? null : "no link " + a.linkId() + " in the design";
        }
        if (action instanceof ScenarioAction.StopSite a) {
            return site(a.siteId(), plan);
        }
        if (action instanceof ScenarioAction.StartSite a) {
            return site(a.siteId(), plan);
        }
        if (action instanceof ScenarioAction.StopWorkload a) {
            return connector(a.connectorId(), plan);
        }
        if (action instanceof ScenarioAction.StartWorkload a) {
            return connector(a.connectorId(), plan);
        }
        if (action instanceof ScenarioAction.StopTraffic a) {
            return plan.listener(a.listenerId()).isPresent() ? null : "no listener " + a.listenerId() + listeners(plan);
        }
        if (action instanceof ScenarioAction.StartTraffic a) {
            return a.traffic().keySet().stream().filter(id -> plan.listener(id).isEmpty()).findFirst()
                    .map(id -> "no listener " + id + listeners(plan)).orElse(null);
        }
        return null;
    }

    private static String link(String id, Network network, NetworkPlan plan) {
        if (plan.link(id).isPresent()) {
            return null;
        }
        return network.link(id).isPresent() ? "link " + id + " never comes up in this design (see the warnings), so "
                + "it cannot be faulted" : "no link " + id + " in the design (there are: " + String.join(", ",
                network.links().stream().map(l -> l.id()).toList()) + ")";
    }

    private static String site(String id, NetworkPlan plan) {
        return plan.site(id).isPresent() ? null : "no site " + id + " in the design";
    }

    private static String connector(String id, NetworkPlan plan) {
        return plan.connector(id).isPresent() ? null : "no connector " + id + " in the design (there are: "
                + String.join(", ", plan.connectors().stream().map(NetworkPlan.ConnectorPlan::connectorId).toList())
                + ")";
    }

    private static String listeners(NetworkPlan plan) {
        return " (there are: " + String.join(", ", plan.listeners().stream().map(NetworkPlan.ListenerPlan::listenerId)
                .toList()) + ")";
    }

    private static Diagnostic error(String message, SourceLocation location) {
        return Diagnostic.error("scenario.unknown-element", message, "", location);
    }
}
