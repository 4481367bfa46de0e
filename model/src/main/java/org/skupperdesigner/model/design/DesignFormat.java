package org.skupperdesigner.model.design;

/** The design file's own identity and version. */
public final class DesignFormat {

    public static final String GROUP = "skupperdesigner.org";
    public static final int VERSION = 1;
    public static final String API_VERSION = GROUP + "/v" + VERSION;
    public static final String KIND = "NetworkDesign";
    public static final String FILE_SUFFIX = ".skupper-design.yaml";

    private DesignFormat() {
    }

    /** True when the text looks like a design file (rather than plain Skupper YAML). */
    public static boolean looksLikeDesign(String text) {
        return text.contains("apiVersion: " + GROUP + "/") || text.contains("\"apiVersion\": \"" + GROUP + "/")
                || text.contains("kind: " + KIND);
    }
}
