package org.skupperdesigner.model.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Changes one field of a resource by path, keeping everything else: renames a misspelt field the model kept among
 * the unknown ones ({@code spec.linkAcess}) to the typed field it was meant to be, sets a field to a value, or
 * removes it (so the CRD's default applies). The resource goes through the same YAML reading as a file, so the
 * changed field is checked like one the user typed.
 */
public final class FieldEdit {

    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter writer = new YamlWriter();

    /**
     * The resource with the field at {@code path} ({@code spec.linkAcess}, {@code spec.roles[0].prot}) renamed to
     * {@code newName}; empty when there is no such field, a field of that name is already set beside it, or the
     * result does not read back as one resource.
     */
    public Optional<SkupperResource> rename(SkupperResource resource, String path, String newName) {
        return change(resource, path, (parent, last) -> {
            if (!parent.containsKey(last) || parent.containsKey(newName)) {
                return false;
            }
            Map<String, Object> renamed = new LinkedHashMap<>();
            parent.forEach((k, v) -> renamed.put(k.equals(last) ? newName : k, v));
            parent.clear();
            parent.putAll(renamed);
            return true;
        });
    }

    /**
     * The resource with the field at {@code path} set to {@code value} (a String, Number or Boolean), added when it
     * was not set; empty when its parent object does not exist or the result does not read back.
     */
    public Optional<SkupperResource> set(SkupperResource resource, String path, Object value) {
        return change(resource, path, (parent, last) -> {
            parent.put(last, value);
            return true;
        });
    }

    /** The resource without the field at {@code path}; empty when it is not set or the result does not read back. */
    public Optional<SkupperResource> remove(SkupperResource resource, String path) {
        return change(resource, path, (parent, last) -> parent.remove(last) != null);
    }

    /** What to do with the field's parent object and the field's name; false when it cannot be done. */
    private interface FieldChange {
        boolean apply(Map<String, Object> parent, String field);
    }

    private Optional<SkupperResource> change(SkupperResource resource, String path, FieldChange change) {
        Map<String, Object> object = copy(encoder.encode(resource));
        String[] steps = path.split("\\.");
        Object at = object;
        for (int i = 0; i < steps.length - 1 && at != null; i++) {
            at = step(at, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (!(at instanceof Map<?, ?>) || last.contains("[")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parent = (Map<String, Object>) at;
        return change.apply(parent, last) ? readBack(object) : Optional.empty();
    }

    private Optional<SkupperResource> readBack(Map<String, Object> object) {
        List<Diagnostic> problems = new ArrayList<>();
        List<YamlDocument> docs = new YamlDocumentReader().read("quick fix", writer.write(object), problems);
        List<DecodedResource> decoded = docs.size() == 1 ? new ResourceDecoder().decode(docs.get(0), problems)
                : List.of();
        return decoded.size() == 1 ? Optional.of(decoded.get(0).resource()) : Optional.empty();
    }

    /** {@code roles[0]} or {@code spec} inside {@code at}, or null. */
    private static Object step(Object at, String step) {
        int bracket = step.indexOf('[');
        String key = bracket < 0 ? step : step.substring(0, bracket);
        Object value = at instanceof Map<?, ?> map ? map.get(key) : null;
        if (bracket >= 0 && value instanceof List<?> list) {
            int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
            return index < list.size() ? list.get(index) : null;
        }
        return bracket < 0 ? value : null;
    }

    /** A mutable deep copy of maps and lists. */
    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
        return out;
    }

    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copy(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copyValue(x)));
            return out;
        }
        return v;
    }
}
