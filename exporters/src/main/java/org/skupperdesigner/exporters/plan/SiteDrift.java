package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * How one site differs from the design.
 *
 * @param siteId      design site id
 * @param siteName    for messages
 * @param where       "context west, namespace hello-world-west" or the system folder
 * @param error       why the site could not be read, or null
 * @param differences CREATE = in the design but not live; UPDATE = differs (field by field); DELETE = live and
 *                    managed by the designer but no longer in the design
 * @param notes       statuses worth knowing (a Link not Operational, a Listener not Matched, a link not made yet)
 * @param unmanaged   Skupper objects live in the site's namespace that neither the design nor the designer made
 *                    (someone ran kubectl or the skupper CLI); apply leaves them alone, so they are not differences
 * @param unmadeLinks ids of the design's token links whose Link does not exist (or is not usable) live
 */
public record SiteDrift(String siteId, String siteName, String where, String error, List<ResourceChange> differences,
                        List<String> notes, List<ResourceRef> unmanaged, List<String> unmadeLinks) {

    public SiteDrift {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
        unmanaged = List.copyOf(unmanaged);
        unmadeLinks = List.copyOf(unmadeLinks);
    }

    public SiteDrift(String siteId, String siteName, String where, String error, List<ResourceChange> differences,
                     List<String> notes) {
        this(siteId, siteName, where, error, differences, notes, List.of(), List.of());
    }

    /** Apply would write nothing here ({@link #unmanaged} objects do not count: apply leaves them alone). */
    public boolean inSync() {
        return error == null && differences.isEmpty();
    }
}
