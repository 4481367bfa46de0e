package org.skupperdesigner.model.yaml;

/** Paths into a document, in the dotted form people read in messages: {@code spec.endpoints[0].host}. */
public final class YamlPaths {

    private YamlPaths() {
    }

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
