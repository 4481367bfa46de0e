package org.skupperdesigner.simulator.workload;

/** A real server the user named; the simulator only points the connector at it. */
final class ExternalWorkload implements Workload {
    private final WorkloadIdentity identity;
    private final WorkloadSpec spec;
    private final WorkloadStats stats = new WorkloadStats();

    ExternalWorkload(WorkloadIdentity identity, WorkloadSpec spec) {
        this.identity = identity;
        this.spec = spec;
    }

    @Override
    public WorkloadIdentity identity() {
        return identity;
    }

    @Override
    public WorkloadSpec spec() {
        return spec;
    }

    @Override
    public String host() {
        return spec.targetHost();
    }

    @Override
    public int port() {
        return spec.targetPort();
    }

    @Override
    public boolean isRunning() {
        return true;
    }

    @Override
    public void stop() {
    }

    @Override
    public void start() {
    }

    @Override
    public WorkloadStats stats() {
        return stats;
    }

    @Override
    public void close() {
    }
}
