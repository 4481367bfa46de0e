package org.skupperdesigner.router;

/** Which TLS implementation links use. */
public enum TlsProvider {
    /** BoringSSL through netty-tcnative when it loads, the JDK otherwise. */
    AUTO,
    OPENSSL,
    JDK
}
