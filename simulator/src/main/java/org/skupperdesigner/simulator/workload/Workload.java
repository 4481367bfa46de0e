package org.skupperdesigner.simulator.workload;

/** The server behind one connector replica: built in (started by the simulator) or a real external one. */
public interface Workload extends AutoCloseable {
    WorkloadIdentity identity();

    WorkloadSpec spec();

    /** Where the router's connector connects. */
    String host();

    int port();

    /** Whether it accepts connections (a stopped built-in workload refuses them). */
    boolean isRunning();

    /** Stops accepting connections; open ones are reset (a crashed server). No-op for external workloads. */
    void stop();

    /** Accepts connections again on the same port. No-op for external workloads. */
    void start();

    WorkloadStats stats();

    @Override
    void close();
}
