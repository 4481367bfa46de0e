package org.skupperdesigner.exporters.kube;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.ResourceRef;

/**
 * A site's store for comparing only: a read it cannot make fails with {@link Failure}, which names the site, so
 * one unreadable site (a forbidden list, a folder gone) is reported alone while the others are still compared.
 * Writes are refused: nothing is written while comparing.
 */
final class SiteReads implements SiteStore {

    /** A read of {@link #siteId()}'s objects failed; the message says which and why. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String siteId;

        Failure(String siteId, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.siteId = siteId;
        }

        String siteId() {
            return siteId;
        }
    }

    private final String siteId;
    private final SiteStore store;

    private SiteReads(String siteId, SiteStore store) {
        this.siteId = siteId;
        this.store = store;
    }

    /** The endpoint with its store's read failures named after the site. */
    static SiteEndpoint of(SiteEndpoint site) {
        return new SiteEndpoint(site.desired(), new SiteReads(site.id(), site.store()), site.client(),
                site.capabilities(), site.namespaceExists());
    }

    /** Whether {@code e} is a read that could not be made (as opposed to a bug). */
    static boolean isReadFailure(RuntimeException e) {
        return e instanceof Failure || e instanceof ClusterAccessException || e instanceof UncheckedIOException;
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public Optional<Map<String, Object>> get(ResourceRef ref) {
        return read(() -> store.get(ref));
    }

    @Override
    public List<Map<String, Object>> listManaged(String namespace, String networkLabel) {
        return read(() -> store.listManaged(namespace, networkLabel));
    }

    @Override
    public List<FieldChange> changes(Map<String, Object> desired, Map<String, Object> live) {
        return store.changes(desired, live);
    }

    @Override
    public Map<String, Object> write(Map<String, Object> desired, Map<String, Object> live, boolean dryRun) {
        throw new UnsupportedOperationException("comparing writes nothing");
    }

    @Override
    public boolean delete(ResourceRef ref, boolean dryRun) {
        throw new UnsupportedOperationException("comparing writes nothing");
    }

    @Override
    public void restore(ResourceRef ref, Map<String, Object> before) {
        throw new UnsupportedOperationException("comparing writes nothing");
    }

    @Override
    public boolean honoursDryRun() {
        return store.honoursDryRun();
    }

    private <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ClusterAccessException | UncheckedIOException e) {
            throw new Failure(siteId, e);
        }
    }
}
