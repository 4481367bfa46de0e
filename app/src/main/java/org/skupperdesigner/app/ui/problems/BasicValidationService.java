package org.skupperdesigner.app.ui.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;

/**
 * A stand-in used only while the model's validator ({@code org.skupperdesigner.model.validation}) is not on the
 * class path: the handful of rules the designer's quick fixes rely on. The real validator replaces it.
 */
public final class BasicValidationService implements ValidationService {

    @Override
    public List<Diagnostic> validate(Network network) {
        List<Diagnostic> out = new ArrayList<>();
        for (NetworkLink link : network.links()) {
            network.site(link.toSite()).ifPresent(target -> checkLinkTarget(link, target, out));
        }
        Set<String> connectorKeys = network.sites().stream().flatMap(s -> s.resourcesOf(Connector.class))
                .map(c -> c.spec().routingKey()).filter(k -> k != null).collect(Collectors.toSet());
        Set<String> listenerKeys = network.sites().stream().flatMap(s -> s.resourcesOf(Listener.class))
                .map(l -> l.spec().routingKey()).filter(k -> k != null).collect(Collectors.toSet());
        for (NetworkSite site : network.sites()) {
            checkName(site.elementId(), "site", site.name(), out);
            for (Listener listener : site.resourcesOf(Listener.class).toList()) {
                String key = listener.spec().routingKey();
                checkName(site.elementId(listener), "listener", listener.name(), out);
                if (key != null && !connectorKeys.contains(key)) {
                    out.add(new Diagnostic(Severity.WARNING, "routing-key.unmatched-listener",
                            "listener " + listener.name() + " in " + site.name() + ": no connector has routing key '"
                                    + key + "'", List.of(site.elementId(listener)),
                            "add a connector with routing key '" + key + "' or fix the key", null));
                }
            }
            for (Connector connector : site.resourcesOf(Connector.class).toList()) {
                String key = connector.spec().routingKey();
                checkName(site.elementId(connector), "connector", connector.name(), out);
                if (key != null && !listenerKeys.contains(key)) {
                    out.add(new Diagnostic(Severity.WARNING, "routing-key.unmatched-connector",
                            "connector " + connector.name() + " in " + site.name() + ": no listener has routing key '"
                                    + key + "'", List.of(site.elementId(connector)),
                            "add a listener with routing key '" + key + "' or fix the key", null));
                }
            }
        }
        return out;
    }

    private static void checkLinkTarget(NetworkLink link, NetworkSite target, List<Diagnostic> out) {
        List<String> ids = List.of("link/" + link.id(), target.elementId());
        if (target.isEdge()) {
            out.add(new Diagnostic(Severity.ERROR, "link.target-is-edge", "link " + link.id() + " dials edge site "
                    + target.name() + ", but edge sites cannot accept links", ids,
                    "reverse the link or make " + target.name() + " an interior site", null));
        } else if (!target.siteSpec().hasLinkAccess()) {
            out.add(new Diagnostic(Severity.ERROR, "link.target-without-link-access", "link " + link.id()
                    + " dials " + target.name() + ", which has no link access", ids,
                    "enable link access on " + target.name(), null));
        }
    }

    private static void checkName(String elementId, String what, String name, List<Diagnostic> out) {
        String problem = NamingRules.checkName(name);
        if (problem != null) {
            out.add(new Diagnostic(Severity.ERROR, "name.invalid", what + " name '" + name + "' is invalid: "
                    + problem, List.of(elementId), "", null));
        }
    }
}
