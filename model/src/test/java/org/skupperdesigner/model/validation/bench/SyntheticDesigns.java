package org.skupperdesigner.model.validation.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.Secret;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Generates large, realistic, valid designs for the benchmark: a tenth of the sites are interior Kubernetes sites
 * with link access, each linked to a parent (a tree, so tokens roll out in few waves) and to one random earlier
 * site (redundancy); the rest are edge sites on all platforms with one or two uplinks. Every site holds a Site, four
 * connectors, four listeners and one Secret (ten resources); each routing key has about four connectors and four
 * listeners spread over the network.
 */
public final class SyntheticDesigns {

    private SyntheticDesigns() {
    }

    public static Network generate(int siteCount, long seed) {
        Random random = new Random(seed);
        int interior = Math.max(2, siteCount / 10);
        int keys = Math.max(1, siteCount);
        List<NetworkSite> sites = new ArrayList<>();
        List<String> served = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        Platform[] edgePlatforms = {Platform.PODMAN, Platform.LINUX, Platform.DOCKER, Platform.KUBERNETES};
        for (int i = 0; i < siteCount; i++) {
            boolean isInterior = i < interior;
            Platform platform = isInterior ? Platform.KUBERNETES : edgePlatforms[i % edgePlatforms.length];
            String id = "site-" + i;
            SiteSpec spec = isInterior ? SiteSpec.empty().withLinkAccess("default") : SiteSpec.empty().withEdge(true);
            List<SkupperResource> resources = new ArrayList<>();
            resources.add(new Site(ObjectMeta.named(id), spec));
            for (int c = 0; c < 4; c++) {
                String key = "svc-" + random.nextInt(keys);
                served.add(key);
                ConnectorSpec cs = platform.isKubernetes() ? ConnectorSpec.ofSelector(key, "app=" + key, 8080)
                        : ConnectorSpec.ofHost(key, "localhost", 9000 + c);
                resources.add(new Connector(ObjectMeta.named("connector-" + c), cs));
            }
            for (int l = 0; l < 4; l++) {
                // listeners use keys some connector serves, so the design is clean
                String key = served.get(random.nextInt(served.size()));
                String host = platform.isKubernetes() ? "listener-" + l : "0.0.0.0";
                resources.add(new Listener(ObjectMeta.named("listener-" + l), ListenerSpec.of(key, host, 7000 + l)));
            }
            resources.add(new Secret(ObjectMeta.named("app-tls"), "kubernetes.io/tls", Map.of("tls.crt", "Y2VydA==",
                    "tls.key", "a2V5", "ca.crt", "Y2E="), Map.of(), Map.of()));
            sites.add(new NetworkSite(id, id, platform, platform.isKubernetes() ? SiteTarget.kubeContext("ctx-" + i)
                    : SiteTarget.local(), new Position(i % 40 * 120.0, i / 40 * 120.0), "", id + ".example.com",
                    resources));
            if (i == 0) {
                continue;
            }
            Set<Integer> targets = new HashSet<>();
            if (isInterior) {
                targets.add((i - 1) / 2);
                if (i > 2) {
                    targets.add(random.nextInt(i - 1));
                }
            } else {
                targets.add(random.nextInt(interior));
                if (random.nextBoolean()) {
                    targets.add(random.nextInt(interior));
                }
            }
            for (int t : targets) {
                int cost = isInterior ? 1 + random.nextInt(3) : 1;
                links.add(new NetworkLink(id + "-to-site-" + t, id, "site-" + t, cost, null, null));
            }
        }
        return new Network("synthetic-" + siteCount, "", LinkMode.TOKENS, sites, links, Map.of());
    }

    public static int resourceCount(Network network) {
        return network.sites().stream().mapToInt(s -> s.resources().size()).sum();
    }
}
