package org.skupperdesigner.model.yaml;

import java.util.LinkedHashMap;
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

/** Reads each kind's spec: every field its CRD defines; the rest is kept as unknown. */
final class SpecDecoders {

    private SpecDecoders() {
    }

    static SiteSpec site(FieldReader r) {
        return new SiteSpec(r.string("linkAccess"), r.bool("edge"), r.bool("ha"), r.string("defaultIssuer"),
                r.string("serviceAccount"), r.stringMap("settings"), r.remaining());
    }

    static LinkSpec link(FieldReader r) {
        return new LinkSpec(r.objectList("endpoints", SpecDecoders::linkEndpoint), r.string("tlsCredentials"),
                r.integer("cost"), r.stringMap("settings"), r.remaining());
    }

    private static LinkEndpoint linkEndpoint(FieldReader r) {
        return new LinkEndpoint(r.string("name"), r.string("host"), r.string("port"), r.string("group"),
                r.remaining());
    }

    static ListenerSpec listener(FieldReader r) {
        return new ListenerSpec(r.string("routingKey"), r.string("host"), r.integer("port"),
                r.string("tlsCredentials"), r.string("type"), r.bool("exposePodsByName"), r.string("observer"),
                r.stringMap("settings"), r.remaining());
    }

    static ConnectorSpec connector(FieldReader r) {
        return new ConnectorSpec(r.string("routingKey"), r.integer("port"), r.string("selector"), r.string("host"),
                r.string("tlsCredentials"), r.bool("useClientCert"), r.bool("verifyHostname"), r.string("type"),
                r.bool("includeNotReadyPods"), r.bool("exposePodsByName"), r.stringMap("settings"), r.remaining());
    }

    static AccessGrantSpec accessGrant(FieldReader r) {
        return new AccessGrantSpec(r.integer("redemptionsAllowed"), r.string("expirationWindow"), r.string("code"),
                r.string("issuer"), r.stringMap("settings"), r.remaining());
    }

    static AccessTokenSpec accessToken(FieldReader r) {
        return new AccessTokenSpec(r.string("url"), r.string("code"), r.string("ca"), r.integer("linkCost"),
                r.stringMap("settings"), r.remaining());
    }

    static RouterAccessSpec routerAccess(FieldReader r) {
        return new RouterAccessSpec(r.objectList("roles", SpecDecoders::role), r.string("tlsCredentials"),
                r.bool("generateTlsCredentials"), r.string("issuer"), r.string("accessType"), r.string("bindHost"),
                r.stringList("subjectAlternativeNames"), r.stringMap("settings"), r.remaining());
    }

    private static RouterAccessRole role(FieldReader r) {
        return new RouterAccessRole(r.string("name"), r.integer("port"), r.remaining());
    }

    static AttachedConnectorSpec attachedConnector(FieldReader r) {
        return new AttachedConnectorSpec(r.string("siteNamespace"), r.integer("port"), r.string("selector"),
                r.string("tlsCredentials"), r.bool("useClientCert"), r.string("type"),
                r.bool("includeNotReadyPods"), r.stringMap("settings"), r.remaining());
    }

    static AttachedConnectorBindingSpec attachedConnectorBinding(FieldReader r) {
        return new AttachedConnectorBindingSpec(r.string("connectorNamespace"), r.string("routingKey"),
                r.bool("exposePodsByName"), r.stringMap("settings"), r.remaining());
    }

    static MultiKeyListenerSpec multiKeyListener(FieldReader r) {
        return new MultiKeyListenerSpec(r.string("host"), r.integer("port"), r.string("tlsCredentials"),
                r.bool("requireClientCert"), r.string("observer"), r.object("strategy", SpecDecoders::strategy),
                r.stringMap("settings"), r.remaining());
    }

    private static MultiKeyStrategy strategy(FieldReader r) {
        var priority = r.object("priority", p -> p.stringList("routingKeys"));
        Map<String, Long> weighted = r.object("weighted", w -> w.object("routingKeys", SpecDecoders::weights));
        return new MultiKeyStrategy(priority, weighted, r.remaining());
    }

    private static Map<String, Long> weights(FieldReader r) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (String key : r.remaining().keySet().toArray(String[]::new)) {
            Long weight = r.longValue(key);
            if (weight != null) {
                weights.put(key, weight);
            }
        }
        return weights;
    }

    static SecuredAccessSpec securedAccess(FieldReader r) {
        return new SecuredAccessSpec(r.stringMap("selector"), r.objectList("ports", SpecDecoders::securedPort),
                r.string("issuer"), r.string("certificate"), r.string("accessType"), r.stringMap("settings"),
                r.remaining());
    }

    private static SecuredAccessPort securedPort(FieldReader r) {
        return new SecuredAccessPort(r.string("name"), r.integer("port"), r.integer("targetPort"),
                r.string("protocol"), r.remaining());
    }

    static CertificateSpec certificate(FieldReader r) {
        return new CertificateSpec(r.string("ca"), r.string("subject"), r.stringList("hosts"), r.bool("client"),
                r.bool("server"), r.bool("signing"), r.stringMap("settings"), r.remaining());
    }
}
