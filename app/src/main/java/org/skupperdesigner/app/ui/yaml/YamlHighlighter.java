package org.skupperdesigner.app.ui.yaml;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;

/** Splits YAML into styled text runs (keys, values, punctuation, comments, document separators). */
final class YamlHighlighter {

    private YamlHighlighter() {
    }

    static List<Text> highlight(String yaml) {
        List<Text> runs = new ArrayList<>();
        for (String line : yaml.split("\n", -1)) {
            highlightLine(line, runs);
            runs.add(styled("\n", "yaml-plain"));
        }
        if (!runs.isEmpty()) {
            runs.remove(runs.size() - 1);
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
        runs.add(styled(line.substring(0, indent), "yaml-plain"));
        String rest = trimmed;
        if (rest.startsWith("- ")) {
            runs.add(styled("- ", "yaml-punct"));
            rest = rest.substring(2);
        }
        int colon = keyEnd(rest);
        if (colon > 0) {
            runs.add(styled(rest.substring(0, colon), "yaml-key"));
            runs.add(styled(":", "yaml-punct"));
            runs.add(styled(rest.substring(colon + 1), "yaml-value"));
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

    private static Text styled(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
