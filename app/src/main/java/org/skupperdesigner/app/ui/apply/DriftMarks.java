package org.skupperdesigner.app.ui.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.skupperdesigner.exporters.plan.DriftReport;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;
import org.skupperdesigner.exporters.plan.SiteDrift;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;

/**
 * Turns a comparison with the live network into canvas marks, one per differing design element: changed live (with
 * the fields), missing live, extra live (listed on the site), links not made, sites that could not be read.
 * Plain Java.
 */
final class DriftMarks {

    private DriftMarks() {
    }

    static List<ResourceMark> of(Network network, DriftReport report) {
        List<ResourceMark> marks = new ArrayList<>();
        for (SiteDrift site : report.sites()) {
            NetworkSite designSite = network.site(site.siteId()).orElse(null);
            if (site.error() != null) {
                marks.add(new ResourceMark(site.siteId(), ElementIds.site(site.siteId()),
                        ResourceMark.Kind.UNREACHABLE, "cannot read the site", "site " + site.siteName() + " ("
                        + site.where() + ") could not be compared: " + site.error()
                        + ". Check that the kubeconfig's user may get and list Skupper resources there."));
            }
            for (ResourceChange change : site.differences()) {
                marks.add(mark(network, designSite, site, change));
            }
            for (ResourceRef extra : site.unmanaged()) {
                marks.add(new ResourceMark(site.siteId(), ElementIds.site(site.siteId()), ResourceMark.Kind.EXTRA,
                        extra.display(), extra.display() + " is live in " + site.where() + " but not in the design,"
                        + " and Skupper Designer did not make it (someone used kubectl or the skupper CLI). Apply "
                        + "leaves it alone; import from the cluster to bring it into a design."));
            }
            for (String linkId : site.unmadeLinks()) {
                String note = site.notes().stream().filter(n -> n.startsWith("link " + linkId + " "))
                        .findFirst().orElse("link " + linkId + " is not made");
                marks.add(new ResourceMark(site.siteId(), ElementIds.link(linkId), ResourceMark.Kind.NOT_MADE,
                        "not made live", note + ". Apply makes it again."));
            }
        }
        marks.addAll(StatusMarks.unreachable(network, report.findings()));
        return marks;
    }

    private static ResourceMark mark(Network network, NetworkSite designSite, SiteDrift site, ResourceChange change) {
        ResourceRef ref = change.ref();
        String element = element(network, designSite, ref).orElse(ElementIds.site(site.siteId()));
        boolean onSiteList = ElementIds.isSite(element);
        switch (change.type()) {
            case CREATE:
                return new ResourceMark(site.siteId(), element, ResourceMark.Kind.MISSING,
                        onSiteList ? ref.display() + " missing live" : "missing live", ref.display()
                        + " is in the design but not live in " + site.where() + ". Apply creates it.");
            case DELETE:
                return new ResourceMark(site.siteId(), ElementIds.site(site.siteId()), ResourceMark.Kind.EXTRA,
                        ref.display(), ref.display() + " is live in " + site.where() + " and was made by Skupper "
                        + "Designer, but the design no longer has it. Apply with Prune deletes it.");
            default:
                return new ResourceMark(site.siteId(), element, ResourceMark.Kind.CHANGED,
                        onSiteList ? ref.display() + " changed live" : "changed live", changed(site, change));
        }
    }

    private static String changed(SiteDrift site, ResourceChange change) {
        StringBuilder sb = new StringBuilder(change.ref().display()).append(" differs live in ").append(site.where())
                .append(':');
        for (FieldChange f : change.fields()) {
            sb.append("\n  ").append(f.hidden() ? f.describe() : f.path() + ": live " + show(f.before())
                    + ", design " + show(f.after()));
        }
        if (!change.reason().isEmpty()) {
            sb.append("\n  ").append(change.reason());
        }
        return sb.append("\nApply sets it back to the design.").toString();
    }

    private static String show(Object value) {
        return value == null ? "(none)" : String.valueOf(value);
    }

    /** The design element a live object stands for: the site, one of its resources, or a design link. */
    private static Optional<String> element(Network network, NetworkSite site, ResourceRef ref) {
        if (site == null) {
            return Optional.empty();
        }
        if (isTheSite(site, ref)) {
            return Optional.of(site.elementId());
        }
        Optional<ResourceKind> kind = ResourceKind.ofKind(ref.kind());
        if (kind.isPresent() && site.find(kind.get(), ref.name()).isPresent()) {
            return Optional.of(ElementIds.resource(site.id(), kind.get(), ref.name()));
        }
        if (ref.kind().equals(ResourceKind.LINK.kind()) && network.link(ref.name()).isPresent()) {
            return Optional.of(ElementIds.link(ref.name()));
        }
        return Optional.empty();
    }

    private static boolean isTheSite(NetworkSite site, ResourceRef ref) {
        return site != null && ref.kind().equals(ResourceKind.SITE.kind());
    }
}
