package org.skupperdesigner.app.ui.properties;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/**
 * Which of the validator's findings belongs beside which row of the property sheet: a finding about a field of the
 * shown element goes to the row of that field, or of the field that holds it ({@code spec.roles[1].port} to
 * {@code spec.roles}). A site's sheet also shows its Site resource's fields, so it takes that resource's findings.
 * The first finding for a row wins: the list comes worst first.
 */
final class FieldFindings {

    private FieldFindings() {
    }

    static Map<String, Diagnostic> byRow(String elementId, Network network, Collection<String> rowKeys,
                                         List<Diagnostic> findings) {
        Map<String, Diagnostic> rows = new HashMap<>();
        if (elementId == null) {
            return rows;
        }
        Set<String> ids = new HashSet<>(List.of(elementId));
        if (ElementIds.isSite(elementId)) {
            network.site(ElementIds.siteOf(elementId))
                    .ifPresent(s -> s.siteResource().ifPresent(r -> ids.add(s.elementId(r))));
        }
        for (Diagnostic d : findings) {
            if (d.field().isEmpty() || d.elementIds().isEmpty() || !ids.contains(d.elementIds().get(0))) {
                continue;
            }
            String row = rowOf(d.field(), rowKeys);
            if (row != null) {
                rows.putIfAbsent(row, d);
            }
        }
        return rows;
    }

    /** The longest row key that is the field or holds it. */
    static String rowOf(String field, Collection<String> rowKeys) {
        String best = null;
        for (String key : rowKeys) {
            boolean holds = field.equals(key) || field.startsWith(key + ".") || field.startsWith(key + "[");
            if (holds && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }
}
