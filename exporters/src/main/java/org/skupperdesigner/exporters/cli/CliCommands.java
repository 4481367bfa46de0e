package org.skupperdesigner.exporters.cli;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.bundle.ResourceYaml;
import org.skupperdesigner.exporters.bundle.ShellWords;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * One {@code skupper} command per resource, with only the flags the v2 CLI has (reference part G); a resource that
 * needs anything else is applied as YAML instead, so nothing the user set is lost.
 */
final class CliCommands {

    private final ResourceYaml yaml = new ResourceYaml();

    String site(NetworkSite site, Site resource) {
        SiteSpec spec = resource.spec();
        boolean kube = site.platform().isKubernetes();
        boolean cliCan = !spec.isEdge() && spec.defaultIssuer() == null && spec.serviceAccount() == null
                && spec.settings().isEmpty() && spec.unknown().isEmpty() && (kube || !spec.isHa());
        if (!cliCan) {
            return yaml(site, resource);
        }
        List<String> words = new ArrayList<>(List.of("skupper", "site", "create", ShellWords.quote(resource.name())));
        if (spec.hasLinkAccess()) {
            words.add("--enable-link-access");
            if (kube && !"default".equals(spec.linkAccess())) {
                words.add("--link-access-type " + ShellWords.quote(spec.linkAccess()));
            }
        }
        if (kube && spec.isHa()) {
            words.add("--enable-ha");
        }
        if (kube) {
            words.add("--wait ready");
        }
        return String.join(" ", words) + " " + target(site) + "\n";
    }

    String listener(NetworkSite site, Listener listener) {
        ListenerSpec s = listener.spec();
        boolean cliCan = s.port() != null && s.exposePodsByName() == null && s.observer() == null
                && s.settings().isEmpty() && s.unknown().isEmpty();
        if (!cliCan) {
            return yaml(site, listener);
        }
        List<String> words = new ArrayList<>(List.of("skupper", "listener", "create",
                ShellWords.quote(listener.name()), s.port().toString()));
        option(words, "--routing-key", s.routingKey());
        option(words, "--host", s.host());
        option(words, "--tls-credentials", s.tlsCredentials());
        option(words, "--type", s.type());
        return String.join(" ", words) + " " + target(site) + "\n";
    }

    String connector(NetworkSite site, Connector connector) {
        ConnectorSpec s = connector.spec();
        boolean kube = site.platform().isKubernetes();
        boolean cliCan = s.port() != null && s.useClientCert() == null && s.verifyHostname() == null
                && s.exposePodsByName() == null && s.settings().isEmpty() && s.unknown().isEmpty()
                && (kube || (s.selector() == null && s.includeNotReadyPods() == null));
        if (!cliCan) {
            return yaml(site, connector);
        }
        List<String> words = new ArrayList<>(List.of("skupper", "connector", "create",
                ShellWords.quote(connector.name()), s.port().toString()));
        option(words, "--routing-key", s.routingKey());
        option(words, "--selector", s.selector());
        option(words, "--host", s.host());
        option(words, "--tls-credentials", s.tlsCredentials());
        option(words, "--type", s.type());
        if (Boolean.TRUE.equals(s.includeNotReadyPods())) {
            words.add("--include-not-ready");
        }
        return String.join(" ", words) + " " + target(site) + "\n";
    }

    String tokenLink(TokenExchange exchange, NetworkSite accepting, NetworkSite dialing) {
        String file = "\"$tokens/" + exchange.tokenName() + ".yaml\"";
        StringBuilder sh = new StringBuilder();
        sh.append("skupper token issue ").append(file);
        if (exchange.cost() != 1) {
            sh.append(" --cost ").append(exchange.cost());
        }
        sh.append(' ').append(target(accepting)).append('\n')
                .append("skupper token redeem ").append(file).append(' ').append(target(dialing)).append('\n');
        return sh.toString();
    }

    /** A resource the CLI cannot create, applied as YAML from a quoted here-document. */
    String yaml(NetworkSite site, SkupperResource resource) {
        String apply = site.platform().isKubernetes()
                ? "kubectl " + ShellWords.kubeTarget(site) + " apply -f -"
                : "skupper system apply -f - " + ShellWords.systemTarget(site);
        return apply + " <<'EOF'\n" + yaml.one(resource) + "EOF\n";
    }

    private static String target(NetworkSite site) {
        return site.platform().isKubernetes() ? ShellWords.kubeTarget(site) : ShellWords.systemTarget(site);
    }

    private static void option(List<String> words, String flag, String value) {
        if (value != null && !value.isEmpty()) {
            words.add(flag + " " + ShellWords.quote(value));
        }
    }

}
