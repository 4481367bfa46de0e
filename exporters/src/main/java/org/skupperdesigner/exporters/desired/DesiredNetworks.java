package org.skupperdesigner.exporters.desired;

import java.time.Clock;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.links.ExistingSecrets;
import org.skupperdesigner.exporters.links.LinkCredentialIssuer;
import org.skupperdesigner.exporters.links.LinkRealizer;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;

/** The one way export and apply build the desired state, so both always agree on it. */
public final class DesiredNetworks {

    private DesiredNetworks() {
    }

    /**
     * @param ca       the network CA; asked for only when the design links sites with pre-issued credentials
     * @param clock    for certificate validity
     * @param existing credentials issued earlier, reused when still good
     */
    public static DesiredNetwork build(Network network, Supplier<NetworkCa> ca, Clock clock,
                                       ExistingSecrets existing) {
        LinkRealizer realizer = new LinkRealizer(() -> new LinkCredentialIssuer(ca.get(), clock, existing));
        return new DesiredNetworkBuilder(realizer).build(network);
    }
}
