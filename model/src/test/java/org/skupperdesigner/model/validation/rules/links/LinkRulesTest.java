package org.skupperdesigner.model.validation.rules.links;

import static org.skupperdesigner.model.validation.Mutations.addLink;
import static org.skupperdesigner.model.validation.Mutations.addSite;
import static org.skupperdesigner.model.validation.Mutations.all;
import static org.skupperdesigner.model.validation.Mutations.append;
import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.onLink;
import static org.skupperdesigner.model.validation.Mutations.remove;
import static org.skupperdesigner.model.validation.Mutations.removeLink;
import static org.skupperdesigner.model.validation.Mutations.siteSpec;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.resource.Link;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.LinkSpec;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class LinkRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("link.unknown-site", "link to a site that does not exist",
                        addLink(Resources.networkLink("hub-to-nowhere", "hub", "nowhere", 1, null))),
                of("link.external-host-missing", "credentials link mode, accepting sites without an external host",
                        n -> n.withLinkMode(org.skupperdesigner.model.network.LinkMode.CREDENTIALS)),
                of("link.self", "hub linked to itself", addLink(Resources.networkLink("loop", "hub", "hub", 1, null))),
                of("link.duplicate", "hub also dials east",
                        addLink(Resources.networkLink("hub-to-east", "hub", "east", 1, null))),
                of("link.cost", "cost 0", onLink("east-to-hub", l -> l.withCost(0))),
                of("link.edge-uplink-cost", "edge uplink with cost 5", onLink("branch-to-east", l -> l.withCost(5))),
                of("link.target-edge", "hub dials edge branch",
                        addLink(Resources.networkLink("hub-to-branch", "hub", "branch", 1, null))),
                of("link.target-no-access", "hub without link access",
                        siteSpec("hub", s -> s.withLinkAccess("none"))),
                of("link.router-access-unknown", "link through a RouterAccess hub does not have",
                        onLink("east-to-hub", l -> new NetworkLink(l.id(), l.fromSite(), l.toSite(), l.cost(),
                                "nope", l.realizedBy()))),
                of("link.role-missing", "east's RouterAccess without the edge role",
                        edit("east", RouterAccess.class, "east-access", ra -> ra.withSpec(new RouterAccessSpec(
                                List.of(new RouterAccessRole("inter-router", 55671)), ra.spec().tlsCredentials(),
                                true, null, null, null, List.of(), Map.of(), Map.of())))),
                of("link.realized-by-missing", "realized by a token that is not there",
                        onLink("lab-to-hub", l -> l.withRealizedBy("AccessToken/gone"))),
                of("link.endpoint-role-missing", "edge site's Link has only an inter-router endpoint",
                        edit("branch", Link.class, "to-east", k -> k.withSpec(new LinkSpec(List.of(
                                new LinkEndpoint("inter-router", "east.example.com", "55671")), "to-east", 1,
                                Map.of(), Map.of())))),
                of("link.credentials-missing", "linux site's link secret removed",
                        remove("branch", ResourceKind.SECRET, "to-east")),
                of("link.unmapped-resource", "a stray Link in east",
                        all(append("east", Resources.link("stray", "stray",
                                new LinkEndpoint("inter-router", "somewhere.example.com", "55671"))),
                                append("east", Resources.tlsSecret("stray")))),
                of("link.edge-no-uplink", "branch's uplink removed", removeLink("branch-to-east")),
                of("link.joins-networks", "east holds a Link into a separate site",
                        all(addSite(Resources.networkSite("island", Platform.KUBERNETES, Resources.interior("default"))
                                        .withExternalHost("island.example.com")),
                                append("east", Resources.link("to-island", "to-island",
                                        new LinkEndpoint("inter-router", "island.example.com", "55671"))),
                                append("east", Resources.tlsSecret("to-island")))));
    }
}
