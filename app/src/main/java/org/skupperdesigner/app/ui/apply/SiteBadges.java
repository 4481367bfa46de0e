package org.skupperdesigner.app.ui.apply;

import java.util.Collection;

import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import org.skupperdesigner.exporters.plan.ApplyStep;
import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.exporters.plan.StepKind;

/**
 * The one-line status per site that {@link ApplyStatusOverlay} draws on each card ("Ready · links Operational",
 * "Drift: 2 difference(s)", "Unreachable", "Not read"), folded from apply steps and comparisons. UI thread only.
 */
final class SiteBadges {

    private final ObservableMap<String, String> bySite = FXCollections.observableHashMap();

    ObservableMap<String, String> map() {
        return bySite;
    }

    void applying(Collection<String> siteIds) {
        siteIds.forEach(id -> bySite.put(id, "Applying…"));
    }

    /** A site is Ready when its site wait (or system reload) finished; link and matched waits extend it. */
    void stepFinished(ApplyStep step) {
        if (step.siteId() == null) {
            return;
        }
        String status = bySite.getOrDefault(step.siteId(), "");
        if (step.kind() == StepKind.WAIT_SITE_READY || step.kind() == StepKind.SYSTEM_RELOAD) {
            bySite.put(step.siteId(), "Ready");
        } else if (step.kind() == StepKind.WAIT_LINKS && status.startsWith("Ready")) {
            bySite.put(step.siteId(), status + " · links Operational");
        } else if (step.kind() == StepKind.WAIT_MATCHED && status.startsWith("Ready")) {
            bySite.put(step.siteId(), status + " · Matched");
        }
    }

    /** A successful apply leaves every involved site Ready. */
    void applied(Collection<String> siteIds) {
        for (String id : siteIds) {
            if (!bySite.getOrDefault(id, "").startsWith("Ready")) {
                bySite.put(id, "Ready");
            }
        }
    }

    void stopped(Collection<String> siteIds, boolean cancelled) {
        siteIds.forEach(id -> bySite.put(id, cancelled ? "Rolled back" : "Failed"));
    }

    /** Extra live objects count as differences here, though apply would leave them alone. */
    void compared(DriftReport drift) {
        for (SiteDrift site : drift.sites()) {
            int count = site.differences().size() + site.unmanaged().size();
            bySite.put(site.siteId(), site.error() != null ? "Not read"
                    : count == 0 ? "In sync" : "Drift: " + count + " difference(s)");
        }
        drift.findings().stream().filter(f -> f.isError() && f.siteId() != null)
                .forEach(f -> bySite.put(f.siteId(), "Unreachable"));
    }

    void clear() {
        bySite.clear();
    }
}
