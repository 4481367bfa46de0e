package org.skupperdesigner.exporters.bundle;

import java.util.Objects;

/**
 * One file of an export, relative to the output folder.
 *
 * @param path       relative path with {@code /} separators
 * @param content    the text
 * @param sensitive  holds a private key: written owner-only, never printed
 * @param executable a script
 */
public record BundleFile(String path, String content, boolean sensitive, boolean executable) {

    public BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public static BundleFile of(String path, String content, boolean sensitive) {
        return new BundleFile(path, content, sensitive, false);
    }

    @Override
    public String toString() {
        return "BundleFile[" + path + (sensitive ? ", sensitive" : "") + ", " + content.length() + " chars]";
    }
}
