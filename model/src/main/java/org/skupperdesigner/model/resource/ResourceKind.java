package org.skupperdesigner.model.resource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The resource kinds the model understands: the twelve {@code skupper.io/v2alpha1} kinds plus core Secret. */
public enum ResourceKind {
    SITE("Site", "sites", true),
    LINK("Link", "links", true),
    LISTENER("Listener", "listeners", true),
    CONNECTOR("Connector", "connectors", true),
    ACCESS_GRANT("AccessGrant", "accessgrants", true),
    ACCESS_TOKEN("AccessToken", "accesstokens", true),
    ROUTER_ACCESS("RouterAccess", "routeraccesses", true),
    ATTACHED_CONNECTOR("AttachedConnector", "attachedconnectors", true),
    ATTACHED_CONNECTOR_BINDING("AttachedConnectorBinding", "attachedconnectorbindings", true),
    MULTI_KEY_LISTENER("MultiKeyListener", "multikeylisteners", true),
    SECURED_ACCESS("SecuredAccess", "securedaccesses", true),
    CERTIFICATE("Certificate", "certificates", true),
    SECRET("Secret", "secrets", false);

    public static final String SKUPPER_API_VERSION = "skupper.io/v2alpha1";
    public static final String SKUPPER_GROUP = "skupper.io";
    public static final String CORE_API_VERSION = "v1";

    private final String kind;
    private final String plural;
    private final boolean skupper;

    ResourceKind(String kind, String plural, boolean skupper) {
        this.kind = kind;
        this.plural = plural;
        this.skupper = skupper;
    }

    /** The Kubernetes {@code kind} string, e.g. {@code AccessGrant}. */
    public String kind() {
        return kind;
    }

    public String plural() {
        return plural;
    }

    public boolean isSkupper() {
        return skupper;
    }

    public String apiVersion() {
        return skupper ? SKUPPER_API_VERSION : CORE_API_VERSION;
    }

    public static Optional<ResourceKind> ofKind(String kind) {
        return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
    }

    /** Case-insensitive lookup, for command-line arguments and element ids typed by people. */
    public static Optional<ResourceKind> ofKindIgnoringCase(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.kind.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
