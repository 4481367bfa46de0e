package org.skupperdesigner.app.ui;

/**
 * The look: AtlantaFX's Primer Light as the user-agent stylesheet, plus designer.css. AtlantaFX 2.1.0 is compiled
 * for Java 21, so on Java 17 its classes cannot load; its stylesheets are plain resources and are used directly
 * (docs/decisions/0400).
 */
public final class Theme {

    public static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";

    private Theme() {
    }

    /** The theme URL, or null when the AtlantaFX jar is missing (the app then falls back to Modena). */
    public static String primerLight() {
        var url = Theme.class.getResource(PRIMER_LIGHT);
        return url == null ? null : url.toExternalForm();
    }
}
