package org.skupperdesigner.app.ui.properties;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and rebuilds the model's records field by field, so one editor covers every spec of every resource kind
 * (the records are the schema). Values are shown and parsed as text.
 */
final class RecordFields {

    static final String UNSET = "(default)";

    private RecordFields() {
    }

    static List<RecordComponent> components(Record record) {
        return Arrays.asList(record.getClass().getRecordComponents());
    }

    static Object get(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    static Object get(Record record, String name) {
        return components(record).stream().filter(c -> c.getName().equals(name)).findFirst()
                .map(c -> get(record, c)).orElse(null);
    }

    /** A copy of {@code record} with one component replaced, through its canonical constructor. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] comps = record.getClass().getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            args[i] = comps[i].getName().equals(name) ? value : get(record, comps[i]);
        }
        try {
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    static FieldKind kindOf(Type type) {
        if (type == Boolean.class) {
            return FieldKind.BOOLEAN;
        }
        if (type == Integer.class || type == Long.class) {
            return FieldKind.INTEGER;
        }
        if (type == String.class || isStringMap(type) || isStringList(type)) {
            return FieldKind.TEXT;
        }
        return FieldKind.READ_ONLY;
    }

    static String format(Object value, Type type) {
        if (value == null) {
            return type == Boolean.class ? UNSET : "";
        }
        if (value instanceof Map<?, ?>) {
            return ((Map<?, ?>) value).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof List<?>) {
            return ((List<?>) value).stream().map(RecordFields::describe).collect(Collectors.joining(", "));
        }
        return value instanceof Record ? describe(value) : value.toString();
    }

    private static String describe(Object value) {
        if (!(value instanceof Record)) {
            return String.valueOf(value);
        }
        Record r = (Record) value;
        return components(r).stream().filter(c -> get(r, c) != null && !"unknown".equals(c.getName()))
                .map(c -> c.getName() + ": " + format(get(r, c), c.getGenericType()))
                .collect(Collectors.joining(" ", "{", "}"));
    }

    /** Parses text for a field of {@code type}; throws IllegalArgumentException with a readable message. */
    static Object parse(String text, Type type) {
        String t = text == null ? "" : text.trim();
        if (type == Boolean.class) {
            return t.isEmpty() || UNSET.equals(t) ? null : Boolean.valueOf(t);
        }
        if (type == Integer.class) {
            return t.isEmpty() ? null : Integer.valueOf(t);
        }
        if (type == Long.class) {
            return t.isEmpty() ? null : Long.valueOf(t);
        }
        if (isStringMap(type)) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String part : t.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("write key=value pairs separated by commas");
                }
                map.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
            return map;
        }
        if (isStringList(type)) {
            List<String> list = new ArrayList<>();
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    list.add(part.trim());
                }
            }
            return list;
        }
        return t.isEmpty() ? null : t;
    }

    /** The problem with {@code text} as a value of {@code type}, or null. */
    static String typeProblem(String text, Type type) {
        try {
            parse(text, type);
            return null;
        } catch (NumberFormatException e) {
            return "a whole number";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static boolean isStringMap(Type type) {
        return type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Map.class
                && Arrays.stream(((ParameterizedType) type).getActualTypeArguments()).allMatch(a -> a == String.class);
    }

    private static boolean isStringList(Type type) {
        return type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == List.class
                && ((ParameterizedType) type).getActualTypeArguments()[0] == String.class;
    }

    /** "routingKey" -> "Routing key". */
    static String label(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c) && sb.length() > 0) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(sb.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return sb.toString().replace("Tls", "TLS").replace(" ha", " HA").replace("Ha", "HA");
    }
}
