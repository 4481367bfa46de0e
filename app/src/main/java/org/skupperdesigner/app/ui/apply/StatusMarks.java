package org.skupperdesigner.app.ui.apply;

import java.util.ArrayList;
import java.util.List;

import org.skupperdesigner.exporters.plan.LiveStatusReport;
import org.skupperdesigner.exporters.plan.PreflightFinding;
import org.skupperdesigner.exporters.plan.ResourceStatus;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/** Turns the live statuses read back after an apply into canvas marks. Plain Java. */
final class StatusMarks {

    private StatusMarks() {
    }

    static List<ResourceMark> of(Network network, LiveStatusReport report) {
        List<ResourceMark> marks = new ArrayList<>();
        for (ResourceStatus s : report.resources()) {
            ResourceMark.Kind kind = switch (s.state()) {
                case DONE -> ResourceMark.Kind.READY;
                case PENDING -> ResourceMark.Kind.WAITING;
                case FAILED -> ResourceMark.Kind.FAILED;
                case MISSING -> ResourceMark.Kind.MISSING;
            };
            marks.add(new ResourceMark(s.siteId(), s.elementId(), kind, shortText(s.text()),
                    s.ref().display() + " in " + where(network, s) + ": " + s.text()));
        }
        marks.addAll(unreachable(network, report.findings()));
        return marks;
    }

    /** Sites the platform could not be asked about, with the message that says why and what to do. */
    static List<ResourceMark> unreachable(Network network, List<PreflightFinding> findings) {
        List<ResourceMark> marks = new ArrayList<>();
        for (PreflightFinding f : findings) {
            if (f.isError() && f.siteId() != null && network.site(f.siteId()).isPresent()) {
                marks.add(new ResourceMark(f.siteId(), ElementIds.site(f.siteId()), ResourceMark.Kind.UNREACHABLE,
                        "cannot read the site", f.message().startsWith("site ") ? f.message()
                        : "site " + ApplyController.siteName(network, f.siteId()) + ": " + f.message()));
            }
        }
        return marks;
    }

    /** "no match: No matching connectors" is drawn as "no match"; the tooltip has the rest. */
    static String shortText(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? text : text.substring(0, colon);
    }

    private static String where(Network network, ResourceStatus s) {
        return "site " + ApplyController.siteName(network, s.siteId())
                + (s.ref().namespace() == null ? "" : " (namespace " + s.ref().namespace() + ")");
    }
}
