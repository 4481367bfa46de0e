package org.skupperdesigner.simulator.scenario;

import java.util.Map;
import org.skupperdesigner.simulator.fault.LinkShape;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/** One thing a scenario step does to the running network. */
public sealed interface ScenarioAction {
    /** As written in the scenario, for the timeline. */
    String describe();

    record CutLink(String linkId) implements ScenarioAction {
        @Override
        public String describe() {
            return "cut link/" + linkId;
        }
    }

    record SilenceLink(String linkId) implements ScenarioAction {
        @Override
        public String describe() {
            return "black-hole link/" + linkId;
        }
    }

    record RestoreLink(String linkId) implements ScenarioAction {
        @Override
        public String describe() {
            return "restore link/" + linkId;
        }
    }

    record ShapeLink(String linkId, LinkShape shape) implements ScenarioAction {
        @Override
        public String describe() {
            return "shape link/" + linkId + ": " + shape.describe();
        }
    }

    record StopSite(String siteId) implements ScenarioAction {
        @Override
        public String describe() {
            return "stop site/" + siteId;
        }
    }

    record StartSite(String siteId) implements ScenarioAction {
        @Override
        public String describe() {
            return "start site/" + siteId;
        }
    }

    record StopWorkload(String connectorId) implements ScenarioAction {
        @Override
        public String describe() {
            return "stop workload/" + connectorId;
        }
    }

    record StartWorkload(String connectorId) implements ScenarioAction {
        @Override
        public String describe() {
            return "start workload/" + connectorId;
        }
    }

    /** Starts or replaces traffic generators. */
    record StartTraffic(Map<String, TrafficSpec> traffic) implements ScenarioAction {
        public StartTraffic {
            traffic = Map.copyOf(traffic);
        }

        @Override
        public String describe() {
            return "traffic to " + String.join(", ", traffic.keySet());
        }
    }

    record StopTraffic(String listenerId) implements ScenarioAction {
        @Override
        public String describe() {
            return "stop traffic to " + listenerId;
        }
    }

    /** A live design edit: removes a site, link or resource ({@code site/x}, {@code link/x}, {@code site/Kind/name}). */
    record RemoveElement(String elementId) implements ScenarioAction {
        @Override
        public String describe() {
            return "remove " + elementId;
        }
    }

    /** A live design edit: a link's cost. */
    record SetLinkCost(String linkId, int cost) implements ScenarioAction {
        @Override
        public String describe() {
            return "set cost of link/" + linkId + " to " + cost;
        }
    }

    record Note(String text) implements ScenarioAction {
        @Override
        public String describe() {
            return text;
        }
    }
}
