package org.skupperdesigner.router.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skupperdesigner.router.forward.BalanceCandidate;
import org.skupperdesigner.router.forward.ServiceBalancer;

/**
 * The balancing choice made for every new connection at every router on its path (Skupper's "balanced"
 * distribution): three busy local connectors and four remote routers. Expected: no allocation at all.
 * Run with {@code -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BalancingBenchmark {
    private record Candidate(int inFlight, int cost, int capacity) implements BalanceCandidate {
    }

    private final List<Candidate> locals = List.of(new Candidate(3, 0, 5), new Candidate(2, 0, 5),
            new Candidate(4, 0, 5));
    private final List<Candidate> remotes = List.of(new Candidate(10, 1, 250), new Candidate(3, 2, 250),
            new Candidate(0, 5, 250), new Candidate(249, 1, 250));
    private final List<Candidate> idleLocal = List.of(new Candidate(1, 0, 5), new Candidate(0, 0, 5));
    private int rotation;

    @Benchmark
    public int chooseAmongBusyLocalsAndRemotes() {
        return ServiceBalancer.choose(locals, rotation++, remotes);
    }

    @Benchmark
    public int chooseAnIdleLocal() {
        return ServiceBalancer.choose(idleLocal, rotation++, remotes);
    }
}
