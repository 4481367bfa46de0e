package org.skupperdesigner.app.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.network.Network;

/** Builds a designer window for TestFX tests: same-thread executors and a throw-away home folder. */
final class DesignerFixture {

    final DesignerContext context;
    final DesignerWindow window;
    final Path home;

    DesignerFixture(Stage stage, Network initial) {
        home = ScratchDirectories.create("designer-test");
        Application.setUserAgentStylesheet(Theme.primerLight());
        context = new DesignerContext(initial, null, UiExecutors.sameThread(), ValidationServices.best(),
                new DesignerHome(home));
        window = new DesignerWindow(context, stage);
        TestWindows.putOnStage(stage, window.createScene(1280, 800));
    }
}
