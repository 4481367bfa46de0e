package org.skupperdesigner.app.ui.bench;

import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.app.ui.training.GeneratedDesign;

/**
 * Opens the designer on a generated design at a given zoom, for looking at the level of detail (not a test):
 * {@code DesignerBenchScreenshot [sites] [zoom|fit]}, e.g. {@code 500 fit} (the sketch) or {@code 500 0.8}.
 */
public final class DesignerBenchScreenshot {

    private DesignerBenchScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    /** The window; an Application subclass cannot be the main class on the class path. */
    public static final class Shot extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            int sites = args.isEmpty() ? 500 : Integer.parseInt(args.get(0));
            String zoom = args.size() < 2 ? "fit" : args.get(1);
            Application.setUserAgentStylesheet(Theme.primerLight());
            DesignerContext context = new DesignerContext(GeneratedDesign.generate(sites), null,
                    UiExecutors.pooled(), ValidationServices.best(),
                    new DesignerHome(ScratchDirectories.create("bench-shot")));
            DesignerWindow window = new DesignerWindow(context, stage);
            stage.setScene(window.createScene(1560, 960));
            stage.show();
            window.canvas().fitToContent();
            if (!"fit".equals(zoom)) {
                window.canvas().viewport().zoomProperty().set(Double.parseDouble(zoom));
                window.canvas().viewport().panXProperty().set(40);
                window.canvas().viewport().panYProperty().set(40);
            }
        }
    }
}
