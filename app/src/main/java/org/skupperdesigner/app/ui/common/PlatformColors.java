package org.skupperdesigner.app.ui.common;

import javafx.scene.paint.Color;

import org.skupperdesigner.model.network.Platform;

/** Platform colours for drawings that cannot use CSS (minimap, PNG/SVG export); keep in sync with designer.css. */
public final class PlatformColors {

    private PlatformColors() {
    }

    public static Color of(Platform platform) {
        switch (platform) {
            case KUBERNETES:
                return Color.web("#326ce5");
            case DOCKER:
                return Color.web("#0b8fd6");
            case PODMAN:
                return Color.web("#892ca0");
            default:
                return Color.web("#d97706");
        }
    }

    public static String hex(Platform platform) {
        Color c = of(platform);
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
