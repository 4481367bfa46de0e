package org.skupperdesigner.app.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.LinkMode;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.ConnectorSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.SiteSpec;

/**
 * A large, valid-looking design for the start-up cache's training run and the benchmarks: sites on a grid, every
 * site linked to its left and upper neighbours (interior sites accept links), and one service per ten sites with a
 * listener and two connectors.
 */
public final class GeneratedDesign {

    private GeneratedDesign() {
    }

    public static Network generate(int siteCount) {
        int columns = (int) Math.ceil(Math.sqrt(siteCount));
        Platform[] platforms = Platform.values();
        List<NetworkSite> sites = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            String id = "site-" + i;
            SiteSpec spec = SiteSpec.empty().withLinkAccess("default");
            NetworkSite site = NetworkSite.create(id, platforms[i % platforms.length], spec,
                    new Position((i % columns) * 360, (i / columns) * 240));
            String key = "svc-" + (i / 10);
            if (i % 10 == 0) {
                site = site.withResource(new Listener(ObjectMeta.named(key), ListenerSpec.of(key, key, 8080)));
            } else if (i % 10 == 3 || i % 10 == 7) {
                site = site.withResource(new Connector(ObjectMeta.named(key),
                        ConnectorSpec.ofHost(key, "localhost", 8080)));
            }
            sites.add(site);
            if (i % columns > 0) {
                links.add(new NetworkLink(id + "-to-left", id, "site-" + (i - 1), 1 + i % 3, null, null));
            }
            if (i >= columns) {
                links.add(new NetworkLink(id + "-to-up", id, "site-" + (i - columns), 2, null, null));
            }
        }
        return new Network("bench-" + siteCount, "generated", LinkMode.TOKENS, sites, links, Map.of());
    }
}
