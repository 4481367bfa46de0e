package org.skupperdesigner.router.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything one bench run found: the environment and the measures; renders a table and JSON. */
public record BenchReport(BenchSettings settings, Map<String, String> environment, List<BenchMeasure> measures) {
    public BenchReport {
        environment = Map.copyOf(environment);
        measures = List.copyOf(measures);
    }

    /** Measures with a target that missed it. */
    public List<BenchMeasure> missed() {
        return measures.stream().filter(m -> !m.met()).toList();
    }

    /** A table for a person. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("Skupper Designer router bench (medians of ").append(settings.repetitions())
                .append(" repetitions; ratios are routed / direct in the same run)\n");
        environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "measure", "median", "target", "met", "details"});
        for (BenchMeasure m : measures) {
            rows.add(new String[] {m.id(), m.title(), format(m.value(), m.unit()),
                    m.hasTarget() ? m.comparator() + " " + format(m.target(), m.unit()) : "-",
                    m.hasTarget() ? (m.met() ? "yes" : "NO") : "-", m.detail()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < 5; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            for (int i = 0; i < 5; i++) {
                out.append(i == 2 || i == 3 ? pad(row[i], widths[i], true) : pad(row[i], widths[i], false))
                        .append("  ");
            }
            out.append(row[5]).append('\n');
        }
        List<BenchMeasure> missed = missed();
        out.append('\n').append(missed.isEmpty() ? "All targets met."
                : missed.size() + " target(s) missed: " + String.join(", ", missed.stream().map(BenchMeasure::id).toList()))
                .append('\n');
        return out.toString();
    }

    /** JSON a script can compare (stable keys; NaN becomes null). */
    public String toJson() {
        StringBuilder out = new StringBuilder("{\n  \"settings\": {");
        out.append("\"sites\": ").append(settings.sites()).append(", \"tls\": ").append(settings.tls())
                .append(", \"streams\": ").append(settings.streams()).append(", \"durationSeconds\": ")
                .append(number(settings.durationSeconds())).append(", \"repetitions\": ").append(settings.repetitions())
                .append(", \"idleConnections\": ").append(settings.idleConnections()).append(", \"ringSites\": ")
                .append(settings.ringSites()).append(", \"references\": ").append(settings.references())
                .append("},\n  \"environment\": {");
        List<String> env = environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> string(e.getKey()) + ": " + string(e.getValue())).toList();
        out.append(String.join(", ", env)).append("},\n  \"measures\": [\n");
        for (int i = 0; i < measures.size(); i++) {
            BenchMeasure m = measures.get(i);
            out.append("    {\"id\": ").append(string(m.id())).append(", \"title\": ").append(string(m.title()))
                    .append(", \"unit\": ").append(string(m.unit())).append(", \"value\": ").append(number(m.value()))
                    .append(", \"comparator\": ").append(m.hasTarget() ? string(m.comparator()) : "null")
                    .append(", \"target\": ").append(number(m.target())).append(", \"met\": ")
                    .append(m.hasTarget() ? String.valueOf(m.met()) : "null").append(", \"samples\": [")
                    .append(String.join(", ", m.samples().stream().map(BenchReport::number).toList()))
                    .append("], \"detail\": ").append(string(m.detail())).append('}')
                    .append(i < measures.size() - 1 ? ",\n" : "\n");
        }
        out.append("  ],\n  \"allTargetsMet\": ").append(missed().isEmpty()).append("\n}\n");
        return out.toString();
    }

    static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String number = Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
        return unit.startsWith("x") ? number + unit : number + " " + unit;
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
