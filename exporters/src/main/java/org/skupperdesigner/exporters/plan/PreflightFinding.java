package org.skupperdesigner.exporters.plan;

/**
 * A preflight result for one site: a clear sentence naming the site and what to do.
 *
 * @param siteId   design site id
 * @param severity ERROR stops the apply; WARNING and INFO do not
 * @param check    which check ({@code context}, {@code api}, {@code crds}, {@code controller}, {@code permissions},
 *                 {@code namespace}, {@code capabilities}, {@code system})
 * @param message  the sentence
 */
public record PreflightFinding(String siteId, Severity severity, String check, String message) {

    public enum Severity { ERROR, WARNING, INFO }

    public static PreflightFinding error(String siteId, String check, String message) {
        return new PreflightFinding(siteId, Severity.ERROR, check, message);
    }

    public static PreflightFinding warning(String siteId, String check, String message) {
        return new PreflightFinding(siteId, Severity.WARNING, check, message);
    }

    public static PreflightFinding info(String siteId, String check, String message) {
        return new PreflightFinding(siteId, Severity.INFO, check, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
