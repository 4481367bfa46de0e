package org.skupperdesigner.model.validation.rules.services;

import static org.skupperdesigner.model.validation.Mutations.append;
import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.Mutations.remove;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.AttachedConnectorBindingSpec;
import org.skupperdesigner.model.resource.AttachedConnectorSpec;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class ServiceRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("connector.host-xor-selector", "kube connector with host and selector",
                        edit("hub", Connector.class, "db", c -> c.withSpec(c.spec().withHost("db.internal")))),
                of("connector.host-xor-selector", "kube connector with neither",
                        edit("east", Connector.class, "backend", c -> c.withSpec(c.spec().withHost(null)))),
                of("connector.system-needs-host", "podman connector without host",
                        edit("lab", Connector.class, "backend", c -> c.withSpec(c.spec().withHost(null)))),
                of("service.port-range", "listener port 70000",
                        edit("east", Listener.class, "payments", l -> l.withSpec(l.spec().withPort(70000)))),
                of("service.port-range", "connector port 0",
                        edit("hub", Connector.class, "db", c -> c.withSpec(c.spec().withPort(0)))),
                of("listener.address-clash", "two kube listeners on payments:9090",
                        append("east", Resources.listener("payments-2", "payments", "payments", 9090))),
                of("listener.address-clash", "system listener on 127.0.0.1 clashing with 0.0.0.0 on one port",
                        append("lab", Resources.listener("db-local", "db", "127.0.0.1", 15432))),
                of("service.type", "udp connector", edit("hub", Connector.class, "db", c -> c.withSpec(
                        connector(c.spec(), "udp", null, null, null)))),
                of("service.observer", "observer grpc", edit("east", Listener.class, "payments", l -> l.withSpec(
                        listener(l.spec(), null, "grpc")))),
                of("connector.tls-options-unused", "useClientCert without tlsCredentials",
                        edit("east", Connector.class, "backend", c -> c.withSpec(
                                connector(c.spec(), null, true, null, null)))),
                of("tls.secret-missing", "listener tls secret removed", remove("east", ResourceKind.SECRET, "db-tls")),
                of("expose-pods.connector-needs-selector", "host connector exposing pods",
                        edit("east", Connector.class, "backend", c -> c.withSpec(
                                connector(c.spec(), null, null, true, null)))),
                of("expose-pods.listener-without-pod-addresses", "listener exposes pods, connector does not",
                        edit("east", Listener.class, "payments", l -> l.withSpec(listener(l.spec(), true, null)))),
                of("multikey.strategy", "no strategy", edit("east", MultiKeyListener.class, "orders",
                        m -> m.withSpec(mkl(m.spec(), null)))),
                of("multikey.strategy", "both strategies", edit("east", MultiKeyListener.class, "orders",
                        m -> m.withSpec(mkl(m.spec(), new MultiKeyStrategy(List.of("backend"),
                                Map.of("db", 1L), Map.of()))))),
                of("multikey.keys", "a key twice in the priority list", edit("east", MultiKeyListener.class,
                        "orders", m -> m.withSpec(mkl(m.spec(), MultiKeyStrategy.priority(
                                List.of("backend", "db", "backend")))))),
                of("multikey.keys", "a zero weight", edit("east", MultiKeyListener.class, "orders",
                        m -> m.withSpec(mkl(m.spec(), MultiKeyStrategy.weighted(Map.of("backend", 3L, "db", 0L)))))),
                of("attached.connector-without-binding", "binding removed",
                        remove("hub", ResourceKind.ATTACHED_CONNECTOR_BINDING, "payments")),
                of("attached.binding-without-connector", "attached connector removed",
                        remove("hub", ResourceKind.ATTACHED_CONNECTOR, "payments")),
                of("attached.namespace-mismatch", "binding allows another namespace",
                        edit("hub", AttachedConnectorBinding.class, "payments", b -> b.withSpec(
                                new AttachedConnectorBindingSpec("other-ns", "payments", null, Map.of(), Map.of())))),
                of("attached.site-namespace", "attached connector names another site namespace",
                        edit("hub", AttachedConnector.class, "payments", c -> c.withSpec(new AttachedConnectorSpec(
                                "elsewhere", 9090, "app=payments", null, null, null, null, Map.of(), Map.of())))));
    }

    static ConnectorSpec connector(ConnectorSpec s, String type, Boolean useClientCert, Boolean exposePods,
                                   String tls) {
        return new ConnectorSpec(s.routingKey(), s.port(), s.selector(), s.host(), tls, useClientCert,
                s.verifyHostname(), type, s.includeNotReadyPods(), exposePods, s.settings(), s.unknown());
    }

    static ListenerSpec listener(ListenerSpec s, Boolean exposePods, String observer) {
        return new ListenerSpec(s.routingKey(), s.host(), s.port(), s.tlsCredentials(), s.type(), exposePods,
                observer, s.settings(), s.unknown());
    }

    static MultiKeyListenerSpec mkl(MultiKeyListenerSpec s, MultiKeyStrategy strategy) {
        return new MultiKeyListenerSpec(s.host(), s.port(), s.tlsCredentials(), s.requireClientCert(), s.observer(),
                strategy, s.settings(), s.unknown());
    }
}
