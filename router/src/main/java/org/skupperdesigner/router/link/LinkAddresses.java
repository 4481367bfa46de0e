package org.skupperdesigner.router.link;

import io.netty.channel.local.LocalAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.skupperdesigner.router.Transport;

/** Maps a link endpoint (host, port) to a socket address of the chosen transport. */
public final class LinkAddresses {
    private static final String LOCAL_PREFIX = "skupper-link:";

    private LinkAddresses() {
    }

    public static SocketAddress of(Transport transport, String host, int port) {
        return transport == Transport.LOCAL ? new LocalAddress(LOCAL_PREFIX + host + ":" + port)
                : new InetSocketAddress(host, port);
    }

    /** Port part of a bound address of either transport. */
    public static int portOf(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getPort();
        }
        String id = ((LocalAddress) address).id();
        return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
    }
}
