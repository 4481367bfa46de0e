package org.skupperdesigner.app.ui.palette;

import java.util.List;
import java.util.Map;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.MultiKeyListenerSpec;
import org.skupperdesigner.model.resource.MultiKeyStrategy;
import org.skupperdesigner.model.resource.ObjectMeta;

/**
 * The three-cloud template with a disaster-recovery key: aws serves {@code payments}, gcp and azure serve
 * {@code payments-dr}, and the office has a multi-key listener {@code checkout} over both keys.
 */
public final class MultiKeyDesigns {

    public static final String CHECKOUT = "office/MultiKeyListener/checkout";

    private MultiKeyDesigns() {
    }

    public static Network priority() {
        return with(MultiKeyStrategy.priority(List.of("payments", "payments-dr")));
    }

    public static Network weighted() {
        return with(MultiKeyStrategy.weighted(Map.of("payments", 3L, "payments-dr", 1L)));
    }

    private static Network with(MultiKeyStrategy strategy) {
        Network network = DesignTemplate.THREE_CLOUD_FAILOVER.build();
        for (String dr : List.of("gcp", "azure")) {
            network = network.updateSite(dr, s -> s.resourcesOf(Connector.class).findFirst()
                    .map(c -> s.replacing(c, c.withSpec(c.spec().withRoutingKey("payments-dr")))).orElseThrow());
        }
        MultiKeyListener checkout = new MultiKeyListener(ObjectMeta.named("checkout"), new MultiKeyListenerSpec(
                "checkout", 9443, null, null, null, strategy, Map.of(), Map.of()));
        return network.updateSite("office", s -> s.withResource(checkout));
    }
}
