package org.skupperdesigner.model.yaml;

import java.util.ArrayList;
import java.util.List;

/** One document's text cut out of a stream at {@code ---} / {@code ...} lines, with its first line number. */
record DocumentChunk(String text, int firstLine) {

    boolean isBlank() {
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("%")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits at separator lines. The separator line itself is blanked (not dropped) so line numbers inside each
     * chunk stay those of the file; content after {@code ---} on the same line (e.g. {@code --- !tag}) stays.
     */
    static List<DocumentChunk> split(String text) {
        List<DocumentChunk> chunks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean docStart = line.startsWith("---") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
            boolean docEnd = line.startsWith("...") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)));
            if (docStart || docEnd) {
                chunks.add(new DocumentChunk(current.toString(), start));
                current.setLength(0);
                start = i;
                // keep content after '---' on the same line, padded so columns stay right
                current.append(docStart ? "   " + line.substring(3) : "").append('\n');
                continue;
            }
            current.append(line);
            if (i < lines.length - 1) {
                current.append('\n');
            }
        }
        chunks.add(new DocumentChunk(current.toString(), start));
        return chunks;
    }
}
