package org.skupperdesigner.model.yaml;

import java.math.BigInteger;
import java.util.Locale;

import org.yaml.snakeyaml.nodes.Tag;

/** Turns a resolved YAML 1.1 scalar into a Java value the way Kubernetes' YAML reader would. */
final class ScalarValues {

    private ScalarValues() {
    }

    static Object toValue(Tag tag, String text) {
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            // An explicit '!!bool maybe' is not false: keep the text so the field reader reports it.
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "y" -> Boolean.TRUE;
                case "false", "no", "off", "n" -> Boolean.FALSE;
                default -> text;
            };
        }
        if (Tag.INT.equals(tag)) {
            Number n = parseInteger(text);
            return n == null ? text : n;
        }
        if (Tag.FLOAT.equals(tag)) {
            return parseFloat(text);
        }
        return text;
    }

    /** Long when it fits, BigInteger when it does not, null when the text is not an integer after all. */
    static Number parseInteger(String text) {
        String t = text.replace("_", "");
        int sign = 1;
        if (t.startsWith("-")) {
            sign = -1;
            t = t.substring(1);
        } else if (t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty() || t.contains(":")) {
            return null; // sexagesimal and other YAML 1.1 oddities are kept as text
        }
        try {
            BigInteger value = new BigInteger(t, radix);
            if (sign < 0) {
                value = value.negate();
            }
            return value.bitLength() < 64 ? (Number) value.longValue() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parseFloat(String text) {
        String t = text.replace("_", "").toLowerCase(Locale.ROOT);
        switch (t) {
            case ".inf", "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return text;
                }
        }
    }
}
