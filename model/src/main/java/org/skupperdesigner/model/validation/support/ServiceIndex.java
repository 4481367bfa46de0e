package org.skupperdesigner.model.validation.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every routing key of a network with its listeners and connectors, in site order then resource order. */
public final class ServiceIndex {

    private final Map<String, List<ServiceEndpoint>> listenersByKey = new LinkedHashMap<>();
    private final Map<String, List<ServiceEndpoint>> connectorsByKey = new LinkedHashMap<>();
    private final List<ServiceEndpoint> listeners = new ArrayList<>();
    private final List<ServiceEndpoint> connectors = new ArrayList<>();

    public ServiceIndex(Collection<SiteServices> sites) {
        for (SiteServices s : sites) {
            for (ServiceEndpoint e : s.listeners()) {
                listeners.add(e);
                listenersByKey.computeIfAbsent(e.routingKey(), k -> new ArrayList<>()).add(e);
            }
            for (ServiceEndpoint e : s.connectors()) {
                connectors.add(e);
                connectorsByKey.computeIfAbsent(e.routingKey(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public List<ServiceEndpoint> listeners() {
        return listeners;
    }

    public List<ServiceEndpoint> connectors() {
        return connectors;
    }

    public List<ServiceEndpoint> listeners(String key) {
        return listenersByKey.getOrDefault(key, List.of());
    }

    public List<ServiceEndpoint> connectors(String key) {
        return connectorsByKey.getOrDefault(key, List.of());
    }

    public Set<String> connectorKeys() {
        return connectorsByKey.keySet();
    }

    public Set<String> listenerKeys() {
        return listenersByKey.keySet();
    }
}
