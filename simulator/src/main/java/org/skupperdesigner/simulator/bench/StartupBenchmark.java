package org.skupperdesigner.simulator.bench;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.router.RouterEventLoops;
import org.skupperdesigner.router.Transport;
import org.skupperdesigner.simulator.ListenerAddress;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.metrics.RequestOutcome;
import org.skupperdesigner.simulator.traffic.OneShotClient;
import org.skupperdesigner.simulator.traffic.Protocol;
import org.skupperdesigner.simulator.traffic.ResponseCheck;

/**
 * How long a generated design takes to start and carry traffic:
 * <pre>java -cp ... org.skupperdesigner.simulator.bench.StartupBenchmark [sites] [hubs] [local|tcp] [rounds]</pre>
 * Per round it reports the time until every router runs ({@code start}), until every link is up, routes
 * converged and every listener open ({@code ready}), and until one 16 KiB echo has gone through every listener
 * and come back byte for byte ({@code traffic}). Skupper's timers (1 s hellos) are used; the first round
 * includes JIT warm-up.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int hubs = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, sites / 10);
        Transport transport = args.length > 2 && args[2].equalsIgnoreCase("tcp") ? Transport.TCP : Transport.LOCAL;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Network network = GeneratedNetworks.hubsAndSpokes(sites, hubs);
        System.out.printf(Locale.ROOT, "%d sites (%d hubs), %d links, transport %s%s, %d cores%n", sites, hubs,
                network.links().size(), transport.name().toLowerCase(Locale.ROOT),
                transport == Transport.TCP ? " + mutual TLS" : "", Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= rounds; round++) {
            System.out.println(round(network, transport, round));
        }
    }

    static String round(Network network, Transport transport, int round) throws Exception {
        long t0 = System.nanoTime();
        try (Simulation sim = Simulation.start(network, SimulationOptions.defaults().withTransport(transport))) {
            long started = System.nanoTime();
            boolean ready = sim.awaitReady(Duration.ofSeconds(60));
            long readyAt = System.nanoTime();
            var group = RouterEventLoops.newGroup(1);
            int ok = 0;
            try {
                List<CompletableFuture<OneShotClient.Result>> results = new ArrayList<>();
                for (ListenerAddress a : sim.listenerAddresses()) {
                    results.add(OneShotClient.send(group, new InetSocketAddress(a.host(), a.port()), Protocol.TCP,
                            16 * 1024, 0, ResponseCheck.ECHO, Duration.ofSeconds(10), a.port()));
                }
                for (CompletableFuture<OneShotClient.Result> r : results) {
                    if (r.get(20, TimeUnit.SECONDS).outcome() == RequestOutcome.OK) {
                        ok++;
                    }
                }
            } finally {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            }
            long trafficAt = System.nanoTime();
            return String.format(Locale.ROOT, "round %d: start %.2f s, ready %.2f s%s, traffic %.2f s (%d/%d "
                            + "listeners byte-exact), tls %s", round, (started - t0) / 1e9, (readyAt - t0) / 1e9,
                    ready ? "" : " (NOT READY: " + sim.notReady() + ")", (trafficAt - t0) / 1e9, ok,
                    sim.listenerAddresses().size(), sim.options().tls() ? "on" : "off");
        }
    }
}
