package org.skupperdesigner.simulator.bench;

import java.util.ArrayList;
import java.util.List;
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
 * Designs of any size for benchmarks: {@code hubs} interior sites with link access joined in a ring (cost 1),
 * and the other sites each dialling one hub (cost 2). Site {@code i} serves routing key {@code svc-i} and
 * listens for {@code svc-(i+1)}, so every listener's connector is on another site, usually across the network.
 */
public final class GeneratedNetworks {
    private GeneratedNetworks() {
    }

    public static Network hubsAndSpokes(int sites, int hubs) {
        if (hubs < 1 || hubs > sites) {
            throw new IllegalArgumentException("need 1 <= hubs <= sites");
        }
        List<NetworkSite> all = new ArrayList<>();
        List<NetworkLink> links = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            String id = "site-" + i;
            SiteSpec spec = i < hubs ? SiteSpec.empty().withLinkAccess("default") : SiteSpec.empty();
            NetworkSite site = NetworkSite.create(id, Platform.KUBERNETES, spec, new Position(i % 10 * 120,
                    i / 10 * 120))
                    .withResource(new Connector(ObjectMeta.named("svc-" + i), ConnectorSpec.ofSelector("svc-" + i,
                            "app=svc-" + i, 8080)))
                    .withResource(new Listener(ObjectMeta.named("svc-" + ((i + 1) % sites)),
                            ListenerSpec.of("svc-" + ((i + 1) % sites), "svc-" + ((i + 1) % sites), 8080)));
            all.add(site);
            if (i < hubs && hubs > 1 && (hubs > 2 || i == 0)) {
                links.add(new NetworkLink("ring-" + i, id, "site-" + ((i + 1) % hubs), 1, null, null));
            } else if (i >= hubs) {
                links.add(new NetworkLink("spoke-" + i, id, "site-" + (i % hubs), 2, null, null));
            }
        }
        return Network.empty("generated-" + sites).withSites(all).withLinks(links);
    }
}
