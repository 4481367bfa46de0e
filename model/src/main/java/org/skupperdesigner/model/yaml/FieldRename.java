package org.skupperdesigner.model.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * Renames one field of a resource, keeping its value and everything else: how a misspelt field the model kept
 * among the unknown ones ({@code spec.linkAcess}) becomes the typed field it was meant to be. The resource goes
 * through the same YAML reading as a file, so the renamed field is checked like one the user typed.
 */
public final class FieldRename {

    private final ResourceEncoder encoder = new ResourceEncoder();
    private final YamlWriter writer = new YamlWriter();

    /**
     * The resource with the field at {@code path} ({@code spec.linkAcess}, {@code spec.roles[0].prot}) renamed to
     * {@code newName}; empty when there is no such field, a field of that name is already set beside it, or the
     * result does not read back as one resource.
     */
    public Optional<SkupperResource> rename(SkupperResource resource, String path, String newName) {
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
        if (!parent.containsKey(last) || parent.containsKey(newName)) {
            return Optional.empty();
        }
        Map<String, Object> renamed = new LinkedHashMap<>();
        parent.forEach((k, v) -> renamed.put(k.equals(last) ? newName : k, v));
        parent.clear();
        parent.putAll(renamed);
        return readBack(object);
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
