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
 */
public record SiteDrift(String siteId, String siteName, String where, String error, List<ResourceChange> differences,
                        List<String> notes) {

    public SiteDrift {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public boolean inSync() {
        return error == null && differences.isEmpty();
    }
}
