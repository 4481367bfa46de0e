package org.skupperdesigner.router.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one router needs, as the Skupper controller would render it. Immutable; live changes go
 * through {@code RouterRuntime}. {@code tls} may be null only for the in-JVM (LOCAL) link transport.
 */
public record RouterConfig(
        String routerId,
        String siteName,
        RouterMode mode,
        List<LinkAcceptorConfig> linkAcceptors,
        List<OutgoingLinkConfig> outgoingLinks,
        List<TcpListenerConfig> listeners,
        List<TcpConnectorConfig> connectors,
        TlsMaterial tls) {

    public RouterConfig {
        Objects.requireNonNull(routerId, "routerId");
        Objects.requireNonNull(mode, "mode");
        siteName = siteName == null ? routerId : siteName;
        linkAcceptors = List.copyOf(linkAcceptors);
        outgoingLinks = List.copyOf(outgoingLinks);
        listeners = List.copyOf(listeners);
        connectors = List.copyOf(connectors);
        if (mode == RouterMode.EDGE && !linkAcceptors.isEmpty()) {
            throw new IllegalArgumentException("edge router " + routerId + " cannot accept links");
        }
        for (OutgoingLinkConfig link : outgoingLinks) {
            if (mode == RouterMode.EDGE && link.role() != LinkRole.EDGE) {
                throw new IllegalArgumentException("edge router " + routerId + " can only dial edge links");
            }
        }
        unique("link acceptor", linkAcceptors.stream().map(LinkAcceptorConfig::name).toList());
        unique("outgoing link", outgoingLinks.stream().map(OutgoingLinkConfig::name).toList());
        unique("listener", listeners.stream().map(TcpListenerConfig::name).toList());
        unique("connector", connectors.stream().map(TcpConnectorConfig::name).toList());
    }

    /** A router with no links, listeners or connectors yet. */
    public static RouterConfig of(String routerId, RouterMode mode, TlsMaterial tls) {
        return new RouterConfig(routerId, routerId, mode, List.of(), List.of(), List.of(), List.of(), tls);
    }

    public RouterConfig withLinkAcceptors(List<LinkAcceptorConfig> acceptors) {
        return new RouterConfig(routerId, siteName, mode, acceptors, outgoingLinks, listeners, connectors, tls);
    }

    public RouterConfig withOutgoingLinks(List<OutgoingLinkConfig> links) {
        return new RouterConfig(routerId, siteName, mode, linkAcceptors, links, listeners, connectors, tls);
    }

    public RouterConfig withListeners(List<TcpListenerConfig> newListeners) {
        return new RouterConfig(routerId, siteName, mode, linkAcceptors, outgoingLinks, newListeners, connectors, tls);
    }

    public RouterConfig withConnectors(List<TcpConnectorConfig> newConnectors) {
        return new RouterConfig(routerId, siteName, mode, linkAcceptors, outgoingLinks, listeners, newConnectors, tls);
    }

    private static void unique(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate " + what + " name: " + name);
            }
        }
    }
}
