package org.skupperdesigner.exporters.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.exporters.plan.ChangeType;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.plan.ResourceRef;

/** What writing a list of desired objects would change, read against what is live (for plans and drift). */
public final class ChangePreview {

    private ChangePreview() {
    }

    public static List<ResourceChange> of(SiteEndpoint site, List<Map<String, Object>> desired) {
        List<ResourceChange> changes = new ArrayList<>();
        for (Map<String, Object> object : desired) {
            ResourceRef ref = ResourceRef.of(object);
            Optional<Map<String, Object>> live = site.store().get(ref);
            if (live.isEmpty()) {
                changes.add(ResourceChange.of(site.id(), ref, ChangeType.CREATE, List.of()));
            } else {
                List<FieldChange> fields = site.store().changes(object, live.get());
                if (!fields.isEmpty()) {
                    changes.add(ResourceChange.of(site.id(), ref, ChangeType.UPDATE, fields));
                }
            }
        }
        return changes;
    }
}
