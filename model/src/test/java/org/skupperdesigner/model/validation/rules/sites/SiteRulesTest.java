package org.skupperdesigner.model.validation.rules.sites;

import static org.skupperdesigner.model.validation.Mutations.all;
import static org.skupperdesigner.model.validation.Mutations.append;
import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.onSite;
import static org.skupperdesigner.model.validation.Mutations.remove;
import static org.skupperdesigner.model.validation.Mutations.removeLink;
import static org.skupperdesigner.model.validation.Mutations.siteSpec;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.AccessTokenSpec;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class SiteRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("resource.required-field", "listener without port",
                        edit("east", Listener.class, "payments", l -> l.withSpec(l.spec().withPort(null)))),
                of("resource.required-field", "token without ca",
                        edit("lab", AccessToken.class, "to-hub", t -> t.withSpec(new AccessTokenSpec(
                                t.spec().url(), t.spec().code(), null, 1, Map.of(), Map.of())))),
                of("resource.unknown-field", "hub Site spelling linkAcess",
                        siteSpec("hub", s -> new SiteSpec(s.linkAccess(), s.edge(), s.ha(), s.defaultIssuer(),
                                s.serviceAccount(), s.settings(), Map.of("linkAcess", "default")))),
                of("resource.unknown-field", "east listener with routingkey (lower case) beside its key",
                        edit("east", Listener.class, "payments", l -> l.withSpec(new ListenerSpec(
                                l.spec().routingKey(), l.spec().host(), l.spec().port(), l.spec().tlsCredentials(),
                                l.spec().type(), l.spec().exposePodsByName(), l.spec().observer(),
                                l.spec().settings(), Map.of("routingkey", "other"))))),
                of("site.missing-site-resource", "east without its Site", remove("east", ResourceKind.SITE, "east")),
                of("site.multiple-site-resources", "a second Site in east",
                        append("east", Resources.site("east-2", SiteSpec.empty()))),
                of("site.foreign-namespace", "hub listener naming namespace other",
                        edit("hub", Listener.class, "backend",
                                l -> l.withMetadata(l.metadata().withNamespace("other")))),
                of("site.edge-ha", "edge branch with ha", siteSpec("branch", s -> s.withHa(true))),
                of("site.edge-link-access", "edge branch with linkAccess",
                        siteSpec("branch", s -> s.withLinkAccess("default"))),
                of("site.edge-link-access", "edge branch with a RouterAccess",
                        append("branch", Resources.routerAccess("branch-access", "branch-server",
                                Resources.role("edge", 45671)))),
                of("site.link-access-unknown", "hub linkAccess superfast",
                        siteSpec("hub", s -> s.withLinkAccess("superfast"))),
                of("site.link-access-optional", "hub linkAccess nodeport",
                        siteSpec("hub", s -> s.withLinkAccess("nodeport"))),
                of("site.settings-key", "hub sets routerLogging",
                        siteSpec("hub", s -> new SiteSpec(s.linkAccess(), s.edge(), s.ha(), s.defaultIssuer(),
                                s.serviceAccount(), Map.of("routerLogging", "debug"), Map.of()))),
                of("platform.kube-only-kind", "AccessGrant on podman lab",
                        append("lab", Resources.grant("lab-grant", 1, "15m"))),
                of("platform.kube-only-kind", "AttachedConnectorBinding on podman lab",
                        append("lab", Resources.binding("pay", "payments-ns", "payments"))),
                of("platform.kube-only-field", "ha on podman lab", siteSpec("lab", s -> s.withHa(true))),
                of("platform.kube-only-field", "selector on podman connector",
                        edit("lab", Connector.class, "backend", c -> c.withSpec(c.spec().withSelector("app=x")))),
                of("platform.kube-only-field", "exposePodsByName on linux listener",
                        edit("branch", Listener.class, "backend", l -> l.withSpec(new ListenerSpec(
                                l.spec().routingKey(), l.spec().host(), l.spec().port(), null, null, true, null,
                                Map.of(), Map.of())))),
                of("site.namespace-shared", "east in hub's namespace on the same context",
                        all(onSite("hub", s -> s.withTarget(SiteTarget.kubeContext("prod"))),
                                onSite("east", s -> s.withTarget(SiteTarget.kubeContext("prod"))
                                        .withNamespace("hub")))),
                of("site.duplicate-name", "east's Site renamed hub",
                        edit("east", Site.class, "east", s -> s.withMetadata(s.metadata().withName("hub")))),
                of("site.isolated", "east loses both its links",
                        all(removeLink("east-to-hub"), removeLink("branch-to-east"))));
    }
}
