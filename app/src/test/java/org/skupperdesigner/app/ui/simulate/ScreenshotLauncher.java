package org.skupperdesigner.app.ui.simulate;

/** Main class for {@link ScreenshotApp} on the class path (an Application subclass cannot be the main class there). */
public final class ScreenshotLauncher {

    private ScreenshotLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ScreenshotApp.class, args);
    }
}
