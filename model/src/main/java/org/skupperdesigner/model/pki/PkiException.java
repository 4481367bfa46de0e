package org.skupperdesigner.model.pki;

/**
 * TLS material that cannot be created or read: a bad PEM block, a key that does not match its certificate, a
 * Secret without {@code tls.crt}. Messages name what is wrong and never contain key material.
 */
public final class PkiException extends RuntimeException {

    public PkiException(String message) {
        super(message);
    }

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
