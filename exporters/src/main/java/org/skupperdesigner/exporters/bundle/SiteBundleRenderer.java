package org.skupperdesigner.exporters.bundle;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.desired.DesiredNetwork;
import org.skupperdesigner.exporters.desired.DesiredSite;
import org.skupperdesigner.exporters.links.TokenExchange;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Lays out one site's folder:
 * <pre>
 * &lt;site&gt;/resources/&lt;Kind&gt;-&lt;name&gt;.yaml   one file per resource (kubectl apply -f ...)
 * &lt;site&gt;/&lt;site&gt;.yaml                    all of them, in apply order (skupper system apply -f)
 * &lt;site&gt;/kustomization.yaml             Kubernetes sites (kubectl apply -k &lt;site&gt;)
 * &lt;site&gt;/pending/AccessToken-&lt;name&gt;.yaml tokens completed at apply time (not in the two above)
 * </pre>
 */
public final class SiteBundleRenderer {

    public static final String RESOURCES = "resources";
    public static final String PENDING = "pending";
    public static final String KUSTOMIZATION = "kustomization.yaml";

    private final ResourceYaml yaml = new ResourceYaml();
    private final KustomizationRenderer kustomization = new KustomizationRenderer();

    public SiteBundle render(DesiredNetwork network, DesiredSite site) {
        String folder = site.name();
        List<BundleFile> files = new ArrayList<>();
        List<String> relative = new ArrayList<>();
        for (SkupperResource resource : site.resources()) {
            String path = RESOURCES + "/" + ResourceYaml.fileName(resource);
            relative.add(path);
            files.add(BundleFile.of(folder + "/" + path, yaml.one(resource), DesiredSite.isSensitive(resource)));
        }
        files.add(BundleFile.of(folder + "/" + site.name() + ".yaml", yaml.all(site.resources()),
                ResourceYaml.anySensitive(site.resources())));
        if (site.site().platform().isKubernetes()) {
            files.add(BundleFile.of(folder + "/" + KUSTOMIZATION, kustomization.render(relative), false));
        }
        for (AccessToken token : site.pendingTokens()) {
            files.add(BundleFile.of(folder + "/" + PENDING + "/" + ResourceYaml.fileName(token),
                    pendingHeader(network, token) + yaml.one(token), false));
        }
        return new SiteBundle(site.id(), site.name(), site.site().platform(), files);
    }

    private static String pendingHeader(DesiredNetwork network, AccessToken token) {
        TokenExchange exchange = network.exchanges().stream().filter(e -> e.tokenName().equals(token.name()))
                .findFirst().orElse(null);
        if (exchange == null) {
            return "";
        }
        NetworkSite accepting = network.network().site(exchange.acceptingSiteId()).orElseThrow();
        return "# Pending: url, code and ca come from the status of AccessGrant " + exchange.grantName()
                + " in site " + accepting.name() + " (namespace " + accepting.namespace() + ") once Skupper has\n"
                + "# processed it. 'skupper-designer apply' fills them in; by hand, run ../../link-sites.sh.\n";
    }
}
