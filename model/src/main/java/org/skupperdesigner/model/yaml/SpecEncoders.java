package org.skupperdesigner.model.yaml;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.AccessTokenSpec;
import org.skupperdesigner.model.resource.AttachedConnectorBindingSpec;
import org.skupperdesigner.model.resource.AttachedConnectorSpec;
import org.skupperdesigner.model.resource.CertificateSpec;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.LinkEndpoint;
import org.skupperdesigner.model.resource.LinkSpec;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.model.resource.SecuredAccessPort;
import org.skupperdesigner.model.resource.SecuredAccessSpec;
import org.skupperdesigner.model.resource.SiteSpec;

/** Writes each kind's spec in a fixed key order (the order of Skupper's docs), leaving out unset fields. */
final class SpecEncoders {

    private SpecEncoders() {
    }

    static Map<String, Object> site(SiteSpec s) {
        return new OrderedMap().put("linkAccess", s.linkAccess()).put("edge", s.edge()).put("ha", s.ha())
                .put("defaultIssuer", s.defaultIssuer()).put("serviceAccount", s.serviceAccount())
                .put("settings", s.settings()).putAll(s.unknown()).build();
    }

    static Map<String, Object> link(LinkSpec s) {
        return new OrderedMap().put("cost", s.cost()).put("tlsCredentials", s.tlsCredentials())
                .putAlways("endpoints", s.endpoints().stream().map(SpecEncoders::endpoint).toList())
                .put("settings", s.settings()).putAll(s.unknown()).build();
    }

    private static Map<String, Object> endpoint(LinkEndpoint e) {
        return new OrderedMap().put("name", e.name()).put("host", e.host()).put("port", e.port())
                .put("group", e.group()).putAll(e.unknown()).build();
    }

    static Map<String, Object> listener(ListenerSpec s) {
        return new OrderedMap().put("routingKey", s.routingKey()).put("host", s.host()).put("port", s.port())
                .put("tlsCredentials", s.tlsCredentials()).put("type", s.type())
                .put("exposePodsByName", s.exposePodsByName()).put("observer", s.observer())
                .put("settings", s.settings()).putAll(s.unknown()).build();
    }

    static Map<String, Object> connector(ConnectorSpec s) {
        return new OrderedMap().put("routingKey", s.routingKey()).put("host", s.host()).put("selector", s.selector())
                .put("port", s.port()).put("tlsCredentials", s.tlsCredentials())
                .put("useClientCert", s.useClientCert()).put("verifyHostname", s.verifyHostname())
                .put("type", s.type()).put("includeNotReadyPods", s.includeNotReadyPods())
                .put("exposePodsByName", s.exposePodsByName()).put("settings", s.settings()).putAll(s.unknown())
                .build();
    }

    static Map<String, Object> accessGrant(AccessGrantSpec s) {
        return new OrderedMap().put("redemptionsAllowed", s.redemptionsAllowed())
                .put("expirationWindow", s.expirationWindow()).put("code", s.code()).put("issuer", s.issuer())
                .put("settings", s.settings()).putAll(s.unknown()).build();
    }

    static Map<String, Object> accessToken(AccessTokenSpec s) {
        return new OrderedMap().put("url", s.url()).put("code", s.code()).put("ca", s.ca())
                .put("linkCost", s.linkCost()).put("settings", s.settings()).putAll(s.unknown()).build();
    }

    static Map<String, Object> routerAccess(RouterAccessSpec s) {
        return new OrderedMap().putAlways("roles", s.roles().stream().map(SpecEncoders::role).toList())
                .put("tlsCredentials", s.tlsCredentials()).put("generateTlsCredentials", s.generateTlsCredentials())
                .put("issuer", s.issuer()).put("accessType", s.accessType()).put("bindHost", s.bindHost())
                .put("subjectAlternativeNames", s.subjectAlternativeNames()).put("settings", s.settings())
                .putAll(s.unknown()).build();
    }

    private static Map<String, Object> role(RouterAccessRole r) {
        return new OrderedMap().put("name", r.name()).put("port", r.port()).putAll(r.unknown()).build();
    }

    static Map<String, Object> attachedConnector(AttachedConnectorSpec s) {
        return new OrderedMap().put("siteNamespace", s.siteNamespace()).put("selector", s.selector())
                .put("port", s.port()).put("tlsCredentials", s.tlsCredentials())
                .put("useClientCert", s.useClientCert()).put("type", s.type())
                .put("includeNotReadyPods", s.includeNotReadyPods()).put("settings", s.settings())
                .putAll(s.unknown()).build();
    }

    static Map<String, Object> attachedConnectorBinding(AttachedConnectorBindingSpec s) {
        return new OrderedMap().put("connectorNamespace", s.connectorNamespace()).put("routingKey", s.routingKey())
                .put("exposePodsByName", s.exposePodsByName()).put("settings", s.settings()).putAll(s.unknown())
                .build();
    }

    static Map<String, Object> multiKeyListener(MultiKeyListenerSpec s) {
        return new OrderedMap().put("host", s.host()).put("port", s.port())
                .put("strategy", s.strategy() == null ? null : strategy(s.strategy()))
                .put("tlsCredentials", s.tlsCredentials()).put("requireClientCert", s.requireClientCert())
                .put("observer", s.observer()).put("settings", s.settings()).putAll(s.unknown()).build();
    }

    private static Map<String, Object> strategy(MultiKeyStrategy s) {
        OrderedMap map = new OrderedMap();
        if (s.priorityRoutingKeys() != null) {
            map.putAlways("priority", Map.of("routingKeys", s.priorityRoutingKeys()));
        }
        if (s.weightedRoutingKeys() != null) {
            map.putAlways("weighted", Map.of("routingKeys", s.weightedRoutingKeys()));
        }
        return map.putAll(s.unknown()).build();
    }

    static Map<String, Object> securedAccess(SecuredAccessSpec s) {
        List<Map<String, Object>> ports = s.ports().stream().map(SpecEncoders::securedPort).toList();
        return new OrderedMap().put("selector", s.selector()).putAlways("ports", ports).put("issuer", s.issuer())
                .put("certificate", s.certificate()).put("accessType", s.accessType()).put("settings", s.settings())
                .putAll(s.unknown()).build();
    }

    private static Map<String, Object> securedPort(SecuredAccessPort p) {
        return new OrderedMap().put("name", p.name()).put("port", p.port()).put("targetPort", p.targetPort())
                .put("protocol", p.protocol()).putAll(p.unknown()).build();
    }

    static Map<String, Object> certificate(CertificateSpec s) {
        return new OrderedMap().put("ca", s.ca()).put("subject", s.subject()).put("hosts", s.hosts())
                .put("client", s.client()).put("server", s.server()).put("signing", s.signing())
                .put("settings", s.settings()).putAll(s.unknown()).build();
    }
}
