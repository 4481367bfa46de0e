package org.skupperdesigner.exporters.kube;

/**
 * A cluster could not be reached or refused a request. {@link #code()} is the HTTP status, or 0 when no response
 * arrived (connection refused, unknown host, timeout).
 */
public final class ClusterAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    public ClusterAccessException(String message, int code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isNotFound() {
        return code == 404;
    }

    public boolean isForbidden() {
        return code == 403;
    }

    public boolean isUnreachable() {
        return code == 0;
    }
}
