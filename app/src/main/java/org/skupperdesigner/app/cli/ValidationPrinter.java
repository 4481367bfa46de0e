package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.skupperdesigner.model.analysis.AnalysisJson;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.ValidationReport;

/**
 * Renders reading problems plus validation findings of one or more inputs: for people grouped by site (in design
 * order) with {@code file:line} where known, or as JSON for machines.
 */
final class ValidationPrinter {

    /** One validated input: a design file, or a set of YAML paths imported together. */
    record Result(String source, LoadedNetwork loaded, ValidationReport report) {

        List<Diagnostic> all() {
            List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
            all.addAll(report.diagnostics());
            return all;
        }
    }

    private static final String READING = "reading the input";
    private static final String NETWORK = "network (links and routing keys)";

    private final List<Result> results;

    ValidationPrinter(List<Result> results) {
        this.results = List.copyOf(results);
    }

    boolean hasErrors() {
        return results.stream().flatMap(r -> r.all().stream()).anyMatch(Diagnostic::isError);
    }

    void printText(PrintWriter out) {
        for (Result r : results) {
            if (results.size() > 1) {
                out.println("== " + r.source());
            }
            for (Map.Entry<String, List<Diagnostic>> g : groups(r).entrySet()) {
                out.println(g.getKey() + siteLocation(r, g.getKey()));
                for (Diagnostic d : g.getValue()) {
                    SourceLocation where = r.loaded().locate(d);
                    out.printf(Locale.ROOT, "  %-7s %s%s%n", d.severity().label(), d.ruleId(),
                            where == null ? "" : "  " + where);
                    out.println("          " + d.message());
                    if (!d.hint().isEmpty()) {
                        out.println("          fix: " + d.hint());
                    }
                }
            }
            out.println(summary(r.all()));
        }
        out.flush();
    }

    /** Reading problems first, then sites in design order, then network-wide findings. */
    private static Map<String, List<Diagnostic>> groups(Result r) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        if (!r.loaded().diagnostics().isEmpty()) {
            groups.put(READING, new ArrayList<>(r.loaded().diagnostics()));
        }
        for (NetworkSite s : r.loaded().network().sites()) {
            groups.put("site " + s.id(), new ArrayList<>());
        }
        List<Diagnostic> network = new ArrayList<>();
        for (Diagnostic d : r.report().diagnostics()) {
            String site = d.elementIds().isEmpty() ? null : ElementIds.siteOf(d.elementIds().get(0));
            List<Diagnostic> group = site == null ? null : groups.get("site " + site);
            (group == null ? network : group).add(d);
        }
        groups.put(NETWORK, network);
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    void printJson(PrintWriter out) {
        List<Map<String, Object>> networks = new ArrayList<>();
        List<Diagnostic> everything = new ArrayList<>();
        for (Result r : results) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Diagnostic d : r.all()) {
                items.add(item(r.loaded(), d));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("source", r.source());
            doc.put("network", r.loaded().network().name());
            counts(doc, r.all());
            doc.put("diagnostics", items);
            networks.add(doc);
            everything.addAll(r.all());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        counts(doc, everything);
        doc.put("networks", networks);
        out.println(AnalysisJson.toJson(doc));
        out.flush();
    }

    private static Map<String, Object> item(LoadedNetwork loaded, Diagnostic d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("severity", d.severity().label());
        item.put("ruleId", d.ruleId());
        item.put("message", d.message());
        item.put("hint", d.hint());
        item.put("elementIds", d.elementIds());
        item.put("site", d.elementIds().isEmpty() ? null : ElementIds.siteOf(d.elementIds().get(0)));
        item.put("field", d.field().isEmpty() ? null : d.field());
        SourceLocation where = loaded.locate(d);
        item.put("location", where == null ? null : Map.of("file", where.file(), "line", where.line(),
                "column", where.column()));
        return item;
    }

    private static void counts(Map<String, Object> doc, List<Diagnostic> all) {
        doc.put("errors", count(all, Severity.ERROR));
        doc.put("warnings", count(all, Severity.WARNING));
        doc.put("infos", count(all, Severity.INFO));
    }

    static String summary(List<Diagnostic> all) {
        return count(all, Severity.ERROR) + " error(s), " + count(all, Severity.WARNING) + " warning(s), "
                + count(all, Severity.INFO) + " info(s)";
    }

    private static long count(List<Diagnostic> all, Severity s) {
        return all.stream().filter(d -> d.severity() == s).count();
    }

    private static String siteLocation(Result r, String group) {
        if (!group.startsWith("site ")) {
            return "";
        }
        SourceLocation where = r.loaded().locations().get(ElementIds.site(group.substring(5)));
        return where == null ? "" : " (" + where + ")";
    }
}
