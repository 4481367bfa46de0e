package org.skupperdesigner.model.validation;

import static org.skupperdesigner.model.validation.Resources.attachedConnector;
import static org.skupperdesigner.model.validation.Resources.binding;
import static org.skupperdesigner.model.validation.Resources.edge;
import static org.skupperdesigner.model.validation.Resources.grant;
import static org.skupperdesigner.model.validation.Resources.hostConnector;
import static org.skupperdesigner.model.validation.Resources.interior;
import static org.skupperdesigner.model.validation.Resources.link;
import static org.skupperdesigner.model.validation.Resources.listener;
import static org.skupperdesigner.model.validation.Resources.networkLink;
import static org.skupperdesigner.model.validation.Resources.networkSite;
import static org.skupperdesigner.model.validation.Resources.priorityListener;
import static org.skupperdesigner.model.validation.Resources.role;
import static org.skupperdesigner.model.validation.Resources.routerAccess;
import static org.skupperdesigner.model.validation.Resources.selectorConnector;
import static org.skupperdesigner.model.validation.Resources.tlsListener;
import static org.skupperdesigner.model.validation.Resources.tlsSecret;
import static org.skupperdesigner.model.validation.Resources.token;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.RouterAccessRole;

/**
 * One valid design that uses every kind and both platform families, clean under every rule (not even infos). Rule
 * tests mutate it in one place and expect exactly that rule to fire.
 *
 * <pre>
 *   lab (podman) --token--> hub (kube, linkAccess) <--cost 2-- east (kube, RouterAccess) <--Link-- branch (linux edge)
 * </pre>
 * Routing keys: backend (served at east and lab; used at hub, branch and by east's MultiKeyListener), db (served at
 * hub; used at east and lab), payments (served at hub through an attached connector; used at east).
 */
public final class ValidFixtures {

    private ValidFixtures() {
    }

    public static NetworkSite hub() {
        return networkSite("hub", Platform.KUBERNETES, interior("default"),
                listener("backend", "backend", "backend", 8080),
                selectorConnector("db", "db", "app=db", 5432),
                grant("hub-grant", 2, "30m"),
                binding("payments", "payments-ns", "payments"),
                attachedConnector("payments", "payments-ns", "hub", "app=payments", 9090));
    }

    public static NetworkSite east() {
        return networkSite("east", Platform.KUBERNETES, interior(null),
                routerAccess("east-access", "east-access-server", role(RouterAccessRole.INTER_ROUTER, 55671),
                        role(RouterAccessRole.EDGE, 45671)),
                hostConnector("backend", "backend", "backend.internal", 8080),
                tlsListener("db", "db", "db", 5432, "db-tls"),
                tlsSecret("db-tls"),
                listener("payments", "payments", "payments", 9090),
                priorityListener("orders", "orders", 7070, "backend", "db"));
    }

    public static NetworkSite lab() {
        return networkSite("lab", Platform.PODMAN, interior(null),
                token("to-hub", "https://grant.hub.example.com:9090/5d2c"),
                hostConnector("backend", "backend", "localhost", 8081),
                listener("db", "db", "0.0.0.0", 15432));
    }

    public static NetworkSite branch() {
        return networkSite("branch", Platform.LINUX, edge(),
                link("to-east", "to-east", new LinkEndpoint(RouterAccessRole.EDGE, "east.example.com", "45671")),
                tlsSecret("to-east"),
                listener("backend", "backend", "127.0.0.1", 8080));
    }

    public static Network network() {
        return new Network("valid", "", LinkMode.TOKENS, List.of(hub(), east(), lab(), branch()), List.of(
                networkLink("east-to-hub", "east", "hub", 2, null),
                networkLink("lab-to-hub", "lab", "hub", 1, "AccessToken/to-hub"),
                networkLink("branch-to-east", "branch", "east", 1, "Link/to-east")), Map.of());
    }
}
