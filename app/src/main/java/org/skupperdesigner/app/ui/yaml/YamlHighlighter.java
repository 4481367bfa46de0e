package org.skupperdesigner.app.ui.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import org.skupperdesigner.model.diagnostic.Diagnostic;

/**
 * Splits YAML into styled text runs (keys, values, punctuation, comments, document separators), with a marker
 * after each line a finding is about.
 */
final class YamlHighlighter {

    private YamlHighlighter() {
    }

    static List<Text> highlight(String yaml) {
        return highlight(yaml, Map.of());
    }

    /**
     * Also marks each line a finding is about: a dot and the finding's severity in its colour after the line, with
     * the message, hint and rule id in a tooltip (0-based line numbers).
     */
    static List<Text> highlight(String yaml, Map<Integer, Diagnostic> findings) {
        List<Text> runs = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = runs.size();
            highlightLine(lines[i], runs);
            Diagnostic finding = findings.get(i);
            if (finding != null) {
                runs.add(marker(finding));
            }
            if (i < lines.length - 1) {
                // the line break ends the line's last run: a run of its own (or an empty one) made the renderer
                // draw the next line's first glyphs darker
                if (runs.size() == first) {
                    runs.add(styled("\n", "yaml-plain"));
                } else {
                    Text last = runs.get(runs.size() - 1);
                    last.setText(last.getText() + "\n");
                }
            }
        }
        return runs;
    }

    private static void highlightLine(String line, List<Text> runs) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) {
            runs.add(styled(line, "yaml-comment"));
            return;
        }
        if (trimmed.equals("---")) {
            runs.add(styled(line, "yaml-separator"));
            return;
        }
        int indent = line.length() - trimmed.length();
        if (indent > 0) {
            runs.add(styled(line.substring(0, indent), "yaml-plain"));
        }
        String rest = trimmed;
        if (rest.startsWith("- ")) {
            runs.add(styled("- ", "yaml-punct"));
            rest = rest.substring(2);
        }
        int colon = keyEnd(rest);
        if (colon > 0) {
            runs.add(styled(rest.substring(0, colon), "yaml-key"));
            runs.add(styled(":", "yaml-punct"));
            if (colon + 1 < rest.length()) {
                runs.add(styled(rest.substring(colon + 1), "yaml-value"));
            }
        } else {
            runs.add(styled(rest, "yaml-value"));
        }
    }

    /** Index of the colon ending a plain key, or -1. */
    private static int keyEnd(String s) {
        if (s.startsWith("\"") || s.startsWith("'")) {
            return -1;
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || (colon + 1 < s.length() && s.charAt(colon + 1) != ' ')) {
            return -1;
        }
        return colon;
    }

    private static Text marker(Diagnostic finding) {
        // the severity, not the rule id: a long id wrapped onto a line of its own and broke the YAML's indentation
        Text marker = styled("  \u25CF " + finding.severity().label(), "yaml-finding");
        marker.getStyleClass().add("yaml-finding-" + finding.severity().label());
        Tooltip tip = new Tooltip(finding.message() + (finding.hint().isEmpty() ? "" : "\n" + finding.hint())
                + "\n(" + finding.ruleId() + ")");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(marker, tip);
        return marker;
    }

    private static Text styled(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
