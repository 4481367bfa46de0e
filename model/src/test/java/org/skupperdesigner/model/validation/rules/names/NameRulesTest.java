package org.skupperdesigner.model.validation.rules.names;

import static org.skupperdesigner.model.validation.Mutations.append;
import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.onSite;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;

import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class NameRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("name.dns1123", "kube listener named Backend_1",
                        edit("hub", Listener.class, "backend", l -> l.withMetadata(l.metadata().withName("Backend_1")))),
                of("name.dns1123", "system-site secret named To_East",
                        edit("branch", Secret.class, "to-east", s -> s.withMetadata(s.metadata().withName("To_East")))),
                of("name.system-label", "podman connector named backend.v2 (a dot)",
                        edit("lab", Connector.class, "backend", c -> c.withMetadata(c.metadata().withName("backend.v2")))),
                of("name.namespace", "kube namespace Hub_NS", onSite("hub", s -> s.withNamespace("Hub_NS"))),
                of("name.namespace", "system namespace with a dot", onSite("lab", s -> s.withNamespace("lab.one"))),
                of("name.listener-host", "kube listener host starting with a digit",
                        edit("east", Listener.class, "payments", l -> l.withSpec(l.spec().withHost("9payments")))),
                of("name.listener-host", "kube listener host with a dot",
                        edit("hub", Listener.class, "backend", l -> l.withSpec(l.spec().withHost("backend.svc")))),
                of("name.system-host", "podman connector host Local_Host",
                        edit("lab", Connector.class, "backend", c -> c.withSpec(c.spec().withHost("Local_Host")))),
                of("name.routing-key", "connector key in upper case",
                        edit("hub", Connector.class, "db", c -> c.withSpec(c.spec().withRoutingKey("DB")))),
                of("name.routing-key", "listener key with an underscore",
                        edit("east", Listener.class, "payments",
                                l -> l.withSpec(l.spec().withRoutingKey("pay_ments")))),
                of("name.duplicate", "two listeners named backend in hub",
                        append("hub", Resources.listener("backend", "backend", "backend", 8081))));
    }
}
