package org.skupperdesigner.app.ui.commands;

import org.skupperdesigner.model.network.Platform;

/** Display names of platforms. */
public final class PlatformNames {

    private PlatformNames() {
    }

    public static String label(Platform platform) {
        switch (platform) {
            case KUBERNETES:
                return "Kubernetes";
            case DOCKER:
                return "Docker";
            case PODMAN:
                return "Podman";
            default:
                return "Linux";
        }
    }
}
