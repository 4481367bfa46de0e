package org.skupperdesigner.app.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.skupperdesigner.model.network.Platform;

/** The one icon set of the designer (Feather, via Ikonli) and the icon chosen for each platform. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    public static Ikon platform(Platform platform) {
        switch (platform) {
            case KUBERNETES:
                return Feather.HEXAGON;
            case DOCKER:
                return Feather.PACKAGE;
            case PODMAN:
                return Feather.LAYERS;
            default:
                return Feather.TERMINAL;
        }
    }

    /** The CSS style class carrying a platform's colour ({@code platform-kubernetes}, ...). */
    public static String platformStyleClass(Platform platform) {
        return "platform-" + platform.id();
    }
}
