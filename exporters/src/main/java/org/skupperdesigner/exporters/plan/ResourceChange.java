package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * A change to one object of one site.
 *
 * @param siteId design site id
 * @param ref    the object
 * @param type   create, update, delete or replace (delete then create)
 * @param fields the fields that differ (empty for create and delete)
 * @param reason why, when it is not just "the design says so" (e.g. "the grant expired")
 */
public record ResourceChange(String siteId, ResourceRef ref, ChangeType type, List<FieldChange> fields,
                             String reason) {

    public ResourceChange {
        fields = List.copyOf(fields);
        reason = reason == null ? "" : reason;
    }

    public static ResourceChange of(String siteId, ResourceRef ref, ChangeType type, List<FieldChange> fields) {
        return new ResourceChange(siteId, ref, type, fields, "");
    }

    /** One line: {@code ~ Listener/backend (spec.port: 8080 -> 9090)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(type.symbol()).append(' ').append(ref.display());
        if (!fields.isEmpty()) {
            sb.append(" (").append(String.join(", ", fields.stream().map(FieldChange::describe).toList()))
                    .append(')');
        }
        if (!reason.isEmpty()) {
            sb.append(" - ").append(reason);
        }
        return sb.toString();
    }
}
