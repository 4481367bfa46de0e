package org.skupperdesigner.model.diagnostic;

/**
 * Where in an input file something was found. Line and column are 1-based; 0 means unknown.
 */
public record SourceLocation(String file, int line, int column) {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
