package org.skupperdesigner.model.resource;

import java.util.Map;
import java.util.Objects;

/**
 * A core {@code v1 Secret}, for TLS material ({@code tls.crt}, {@code tls.key}, {@code ca.crt}). {@code data} holds
 * base64 values as in Kubernetes; {@code stringData} plain values. {@link #toString()} never prints the values, so a
 * private key cannot reach a log by accident.
 */
public record Secret(ObjectMeta metadata, String type, Map<String, String> data, Map<String, String> stringData,
                     Map<String, Object> extra) implements SkupperResource {

    public static final String TLS_CRT = "tls.crt";
    public static final String TLS_KEY = "tls.key";
    public static final String CA_CRT = "ca.crt";

    public Secret {
        Objects.requireNonNull(metadata, "metadata");
        data = Values.sortedCopy(data);
        stringData = Values.sortedCopy(stringData);
        extra = Values.orderedCopy(extra);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SECRET;
    }

    @Override
    public Secret withMetadata(ObjectMeta newMetadata) {
        return new Secret(newMetadata, type, data, stringData, extra);
    }

    /** True when the secret carries a private key (its files must be written owner-only). */
    public boolean holdsPrivateKey() {
        return data.containsKey(TLS_KEY) || stringData.containsKey(TLS_KEY);
    }

    @Override
    public String toString() {
        return "Secret[" + metadata.name() + ", type=" + type + ", keys=" + data.keySet() + stringData.keySet() + "]";
    }
}
