package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.RollbackReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, before every write, what the object looked like (or that it did not exist), so a failed apply can put
 * every site back the way it was: undone in reverse order, each object to its first recorded state. When a site
 * cannot be reached during rollback, what stays changed there is reported instead.
 */
public final class RollbackJournal {

    private static final Logger LOG = LoggerFactory.getLogger(RollbackJournal.class);

    private record Entry(SiteEndpoint site, ResourceRef ref, Map<String, Object> before) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> recorded = new HashSet<>();

    /** Records the state before the first change of an object in this apply; later changes keep the first. */
    public synchronized void before(SiteEndpoint site, ResourceRef ref, Map<String, Object> before) {
        if (recorded.add(site.id() + "|" + ref)) {
            entries.add(new Entry(site, ref, before == null ? null : Map.copyOf(before)));
        }
    }

    /** Records an object that something else created because of this apply (a Link made from a token). */
    public void created(SiteEndpoint site, ResourceRef ref) {
        before(site, ref, null);
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    public synchronized RollbackReport rollback() {
        List<String> restored = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        Set<String> unreachable = new HashSet<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            String what = (e.before == null ? "created " : "changed ") + e.ref.display() + " in site "
                    + e.site.name();
            if (unreachable.contains(e.site.id())) {
                remaining.add(what + " (site unreachable: " + e.site.store().describe() + ")");
                continue;
            }
            try {
                e.site.store().restore(e.ref, e.before);
                restored.add((e.before == null ? "deleted " : "restored ") + e.ref.display() + " in site "
                        + e.site.name());
            } catch (ClusterAccessException ex) {
                if (ex.isUnreachable()) {
                    unreachable.add(e.site.id());
                }
                LOG.warn("rollback of {} in site {} failed: {}", e.ref, e.site.name(), ex.getMessage());
                remaining.add(what + " (" + ex.getMessage() + ")");
            } catch (RuntimeException ex) {
                LOG.warn("rollback of {} in site {} failed", e.ref, e.site.name(), ex);
                remaining.add(what + " (" + ex.getMessage() + ")");
            }
        }
        return new RollbackReport(restored, remaining);
    }
}
