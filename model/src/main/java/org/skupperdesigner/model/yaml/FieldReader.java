package org.skupperdesigner.model.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.skupperdesigner.model.diagnostic.Diagnostic;

/**
 * Reads typed fields out of one map of a document, reporting wrong types at the field's line. Fields read are
 * consumed; {@link #remaining()} returns what the model does not know, to be kept and written back. A field of the
 * wrong type is reported and kept among the remaining fields, so nothing the user wrote is lost.
 */
public final class FieldReader {

    private final YamlDocument document;
    private final String path;
    private final Map<String, Object> fields;
    private final List<Diagnostic> problems;

    public FieldReader(YamlDocument document, String path, Map<String, Object> fields, List<Diagnostic> problems) {
        this.document = document;
        this.path = path;
        this.fields = new LinkedHashMap<>(fields);
        this.problems = problems;
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public String string(String key) {
        Object value = fields.get(key);
        if (value == null) {
            fields.remove(key);
            return null;
        }
        if (value instanceof String s) {
            fields.remove(key);
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            // A common slip ('port: 55671' where a string is expected): accept it as text, but say so.
            problems.add(Diagnostic.warning("yaml.type", field(key) + " should be a string; read " + value
                    + " as \"" + value + "\"", "quote the value", document.locate(child(key))));
            fields.remove(key);
            return String.valueOf(value);
        }
        return wrongType(key, "a string", value);
    }

    public Integer integer(String key) {
        Object value = fields.get(key);
        if (value == null) {
            fields.remove(key);
            return null;
        }
        if (value instanceof Long l) {
            if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                return tooLarge(key, value);
            }
            fields.remove(key);
            return l.intValue();
        }
        if (value instanceof BigInteger) {
            return tooLarge(key, value);
        }
        return wrongType(key, "an integer", value);
    }

    public Long longValue(String key) {
        Object value = fields.get(key);
        if (value instanceof Long l) {
            fields.remove(key);
            return l;
        }
        if (value instanceof BigInteger) {
            return tooLarge(key, value);
        }
        return value == null ? consumeNull(key) : wrongType(key, "an integer", value);
    }

    public Boolean bool(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return consumeNull(key);
        }
        if (value instanceof Boolean b) {
            fields.remove(key);
            return b;
        }
        return wrongType(key, "true or false", value);
    }

    /** A map of string to string, such as {@code settings}, labels or annotations. */
    public Map<String, String> stringMap(String key) {
        Object value = fields.get(key);
        if (value == null) {
            consumeNull(key);
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            wrongType(key, "a map of strings", value);
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map || v instanceof List) {
                wrongType(key, "a map of strings (entry '" + e.getKey() + "' is not)", value);
                return Map.of();
            }
            result.put(String.valueOf(e.getKey()), v == null ? "" : String.valueOf(v));
        }
        fields.remove(key);
        return result;
    }

    public List<String> stringList(String key) {
        Object value = fields.get(key);
        if (value == null) {
            consumeNull(key);
            return null;
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
            wrongType(key, "a list of strings", value);
            return null;
        }
        fields.remove(key);
        return list.stream().map(v -> v == null ? "" : String.valueOf(v)).toList();
    }

    /** A nested object read with its own reader. */
    public <T> T object(String key, Function<FieldReader, T> decoder) {
        Object value = fields.get(key);
        if (value == null) {
            consumeNull(key);
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            return wrongType(key, "a map", value);
        }
        fields.remove(key);
        return decoder.apply(nested(child(key), value));
    }

    /** Like {@link #object} but a missing or null value reads as an empty map; null only on a wrong type. */
    public <T> T objectOrEmpty(String key, Function<FieldReader, T> decoder) {
        Object value = fields.get(key);
        if (value == null) {
            fields.remove(key);
            return decoder.apply(nested(child(key), Map.of()));
        }
        return object(key, decoder);
    }

    /** A list of objects, each read with its own reader. */
    public <T> List<T> objectList(String key, Function<FieldReader, T> decoder) {
        Object value = fields.get(key);
        if (value == null) {
            consumeNull(key);
            return null;
        }
        if (!(value instanceof List<?> list)) {
            wrongType(key, "a list", value);
            return null;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPath = YamlPaths.item(child(key), i);
            if (!(item instanceof Map<?, ?>)) {
                problems.add(Diagnostic.error("yaml.type", itemPath + " must be a map, not " + describe(item),
                        "write each entry as 'key: value' lines", document.locate(itemPath)));
                continue;
            }
            result.add(decoder.apply(nested(itemPath, item)));
        }
        fields.remove(key);
        return result;
    }

    /** Fields not consumed: unknown to the model, or of a wrong type. Kept in their original order. */
    public Map<String, Object> remaining() {
        return fields;
    }

    public void error(String key, String message, String hint) {
        problems.add(Diagnostic.error("yaml.field", message, hint, document.locate(child(key))));
    }

    @SuppressWarnings("unchecked")
    private FieldReader nested(String nestedPath, Object value) {
        return new FieldReader(document, nestedPath, (Map<String, Object>) value, problems);
    }

    private <T> T consumeNull(String key) {
        fields.remove(key);
        return null;
    }

    private <T> T wrongType(String key, String expected, Object value) {
        problems.add(Diagnostic.error("yaml.type", field(key) + " must be " + expected + ", not " + describe(value),
                "correct the value's type", document.locate(child(key))));
        return null;
    }

    private <T> T tooLarge(String key, Object value) {
        problems.add(Diagnostic.error("yaml.number", field(key) + " is out of range: " + value,
                "use a value between 0 and " + Integer.MAX_VALUE, document.locate(child(key))));
        return null;
    }

    private String child(String key) {
        return YamlPaths.child(path, key);
    }

    private String field(String key) {
        return child(key);
    }

    static String describe(Object value) {
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        return String.valueOf(value);
    }
}
