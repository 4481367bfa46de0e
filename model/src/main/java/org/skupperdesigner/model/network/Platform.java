package org.skupperdesigner.model.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a site runs. Only Kubernetes sites are dynamic (controller); the others are Skupper "system" sites. */
public enum Platform {
    KUBERNETES, DOCKER, PODMAN, LINUX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isKubernetes() {
        return this == KUBERNETES;
    }

    /** Docker, Podman and Linux sites are driven by {@code skupper system} commands. */
    public boolean isSystem() {
        return this != KUBERNETES;
    }

    public static Optional<Platform> ofId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }
}
