package org.skupperdesigner.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.pki.CaFileStore;
import org.skupperdesigner.model.diagnostic.IoFailures;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.pki.NetworkCa;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code apply} and {@code diff} share (a picocli mixin): the design, which sites, which kubeconfig and which
 * network CA; plus how to turn them into a cluster connection and a CA supplier.
 */
final class ClusterTargetOptions {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (or Skupper YAML).")
    Path design;

    @Option(names = "--site", paramLabel = "NAME", description = "Only this site (repeatable).")
    List<String> sites = new ArrayList<>();

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: KUBECONFIG or "
            + "~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--ca", paramLabel = "FILE", description = "Network CA of pre-issued link credentials "
            + "(default: <design>.network-ca.pem beside the design; apply creates it when missing).")
    Path ca;

    Set<String> siteSet() {
        return new LinkedHashSet<>(sites);
    }

    ClusterConnector connector() {
        return connector(kubeconfig);
    }

    Supplier<NetworkCa> networkCa(Network network, boolean create, PrintWriter err) {
        return networkCa(ca, design, network, create, err);
    }

    /** A connection through this kubeconfig, or KUBECONFIG / ~/.kube/config when null. */
    static ClusterConnector connector(Path kubeconfig) {
        return kubeconfig != null ? ClusterConnector.fromKubeconfigFile(kubeconfig) : ClusterConnector.fromEnvironment();
    }

    /**
     * The network CA, loaded (or, when {@code create}, created) only if the design uses pre-issued credentials.
     * Without {@code create} a missing CA is replaced by a temporary one, so nothing is written.
     */
    static Supplier<NetworkCa> networkCa(Path ca, Path design, Network network, boolean create, PrintWriter err) {
        CaFileStore store = ca != null ? new CaFileStore(ca) : CaFileStore.besideDesign(design);
        return () -> {
            try {
                if (store.exists()) {
                    return store.load();
                }
                if (!create) {
                    err.println("note: no network CA at " + store.file() + " yet; a temporary one is used, so "
                            + "pre-issued credentials show as new");
                    return NetworkCa.create(network.name() + " network CA");
                }
                NetworkCa created = store.loadOrCreate(network.name());
                err.println("created the network CA " + store.file() + " (owner-only; keep it private: it signs "
                        + "every link credential of this network)");
                return created;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the network CA " + store.file() + ": "
                        + IoFailures.describe(e), e);
            }
        };
    }
}
