package org.skupperdesigner.app.ui.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.application.Application;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Position;

/**
 * What the designer's tests against mock clusters share: a kubeconfig with one context per cluster (named after
 * it), the three-cluster design placed on the canvas, and a designer window on the test's stage whose background
 * work runs on the calling thread.
 */
public final class MockClusterWindows {

    private MockClusterWindows() {
    }

    /** Writes {@code home/kubeconfig} with a context per cluster, named after the cluster. */
    public static Path kubeconfig(Path home, Collection<MockCluster> clusters) throws IOException {
        Map<String, MockCluster> contexts = new LinkedHashMap<>();
        clusters.forEach(c -> contexts.put(c.name(), c));
        return Kubeconfig.write(home.resolve("kubeconfig"), contexts);
    }

    /** {@link ThreeClusters#design()} with its sites where the tests (and screenshots) look for them. */
    public static Network threeClusterDesign(Position west, Position east, Position north) {
        return ThreeClusters.design()
                .updateSite("west", s -> s.withPosition(west))
                .updateSite("east", s -> s.withPosition(east))
                .updateSite("north", s -> s.withPosition(north));
    }

    /** A context for {@code design} (saved at {@code file}, or null) with its settings under {@code home}. */
    public static DesignerContext context(Network design, Path file, Path home) {
        return new DesignerContext(design, file, UiExecutors.sameThread(), ValidationServices.best(),
                new DesignerHome(home));
    }

    /** The designer window for {@code context}, shown on {@code stage} at 1280 × 800. */
    public static DesignerWindow show(Stage stage, DesignerContext context) {
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        return window;
    }
}
