package org.skupperdesigner.exporters.plan;

import java.util.List;

/** Plain-text rendering of plans, progress, results and drift, for the command line and logs. */
public final class PlanText {

    private PlanText() {
    }

    public static String plan(ApplyPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (PreflightFinding f : plan.findings()) {
            sb.append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(f.message())
                    .append('\n');
        }
        plan.notes().forEach(n -> sb.append("note: ").append(n).append('\n'));
        if (!plan.isExecutable()) {
            return sb.toString();
        }
        sb.append(plan.dryRun() ? "Plan (dry run)" : "Plan").append(" for network ").append(plan.networkName())
                .append(plan.inSync() ? ": nothing to change\n" : ":\n");
        for (ApplyStep step : plan.steps()) {
            if (!step.writes() && plan.inSync()) {
                continue;
            }
            sb.append(String.format("%3d. %s%n", step.number(), step.description()));
            for (ResourceChange c : step.changes()) {
                sb.append("       ").append(c.describe()).append('\n');
            }
        }
        if (!plan.prunable().isEmpty()) {
            sb.append("Not in the design any more (deleted only with --prune):\n");
            plan.prunable().forEach(c -> sb.append("       ").append(c.describe()).append(" in site ")
                    .append(c.siteId()).append('\n'));
        }
        return sb.toString();
    }

    /** One line per event; null for events not worth a line. */
    public static String event(ApplyEvent event) {
        if (event instanceof ApplyEvent.StepStarted s) {
            return String.format("[%d] %s ...", s.step().number(), s.step().description());
        }
        if (event instanceof ApplyEvent.StepProgress p) {
            return String.format("[%d]   %s", p.step().number(), p.message());
        }
        if (event instanceof ApplyEvent.StepFinished f) {
            return String.format("[%d] %s (%.1fs)%s", f.step().number(), f.ok() ? "done" : "FAILED",
                    f.took().toMillis() / 1000.0, f.ok() ? "" : ": " + f.message());
        }
        if (event instanceof ApplyEvent.RollbackStarted r) {
            return "rolling back: " + r.reason();
        }
        return null;
    }

    public static String result(ApplyResult result) {
        StringBuilder sb = new StringBuilder();
        if (result.success()) {
            sb.append(result.dryRun() ? "Dry run finished: " : "Applied: ").append(result.writes().size())
                    .append(result.dryRun() ? " change(s) would be made" : " change(s) made").append('\n');
        } else {
            sb.append("Apply failed: ").append(result.failure()).append('\n');
        }
        if (result.rollback() != null) {
            RollbackReport r = result.rollback();
            sb.append(r.complete() ? "Rolled back: every site is as it was before the apply ("
                    + r.restored().size() + " change(s) undone)\n" : "Rollback incomplete. Still in place:\n");
            r.remaining().forEach(line -> sb.append("  - ").append(line).append('\n'));
        }
        if (!result.followUps().isEmpty()) {
            sb.append("Now run:\n");
            result.followUps().forEach(c -> sb.append("  ").append(c).append('\n'));
        }
        return sb.toString();
    }

    public static String drift(DriftReport report) {
        StringBuilder sb = new StringBuilder();
        for (PreflightFinding f : report.findings()) {
            if (f.severity() != PreflightFinding.Severity.INFO) {
                sb.append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(f.message())
                        .append('\n');
            }
        }
        for (SiteDrift site : report.sites()) {
            sb.append("site ").append(site.siteName()).append(" (").append(site.where()).append("): ");
            if (site.error() != null) {
                sb.append("not read: ").append(site.error()).append('\n');
                continue;
            }
            sb.append(site.inSync() ? "in sync" : site.differences().size() + " difference(s)").append('\n');
            for (ResourceChange c : site.differences()) {
                sb.append("  ").append(c.describe()).append(legend(c.type())).append('\n');
            }
            site.unmanaged().forEach(r -> sb.append("  ? ").append(r.display())
                    .append("   (live, not in the design and not made by skupper-designer)\n"));
            List<String> notes = site.notes();
            notes.forEach(n -> sb.append("  note: ").append(n).append('\n'));
        }
        sb.append(report.inSync() ? "The design and the live network match.\n"
                : "The design and the live network differ.\n");
        return sb.toString();
    }

    private static String legend(ChangeType type) {
        return switch (type) {
            case CREATE -> "   (in the design, not live)";
            case DELETE -> "   (live and managed by skupper-designer, not in the design)";
            default -> "   (live -> design)";
        };
    }
}
