package org.skupperdesigner.app.ui.simulate.step;

/** Main class for {@link StepModeScreenshotApp} on the class path. */
public final class StepModeScreenshotLauncher {

    private StepModeScreenshotLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(StepModeScreenshotApp.class, args);
    }
}
