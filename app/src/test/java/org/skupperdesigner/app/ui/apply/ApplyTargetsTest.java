package org.skupperdesigner.app.ui.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.SiteSpec;

/**
 * The Apply dialog's target per site: a Kubernetes site picks a context of the kubeconfig (and a namespace), a
 * system-mode site is applied on this machine - the dialog offers nothing else for it.
 */
@ExtendWith(ApplicationExtension.class)
class ApplyTargetsTest {

    private MockCluster west;
    private MockCluster east;
    private DesignerWindow window;
    private DesignerContext context;
    private Path kubeconfig;

    @Start
    void start(Stage stage) throws Exception {
        Path home = ScratchDirectories.create("targets-test");
        west = new MockCluster("west");
        east = new MockCluster("east");
        kubeconfig = MockClusterWindows.kubeconfig(home, java.util.List.of(west, east));
        NetworkSite kube = NetworkSite.create("cloud", Platform.KUBERNETES, SiteSpec.empty(), new Position(80, 80))
                .withNamespace("cloud-ns");
        NetworkSite podman = NetworkSite.create("laptop", Platform.PODMAN, SiteSpec.empty(), new Position(480, 80))
                .withNamespace("default").withTarget(SiteTarget.local());
        Network design = Network.empty("targets").withSites(java.util.List.of(kube, podman));
        context = TestWindows.context(design, null, home);
        window = TestWindows.show(stage, context);
    }

    @AfterEach
    void stop() {
        window.apply().close();
        west.close();
        east.close();
    }

    @Test
    void kubernetesSitesPickAContextAndSystemSitesThisMachine(FxRobot robot) throws Exception {
        ApplyController controller = window.apply().controller();
        robot.interact(() -> {
            controller.kubeconfigProperty().set(kubeconfig);
            window.apply().showDialog();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> controller.contexts().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        String cloudId = context.document().network().sites().get(0).id();
        String laptopId = context.document().network().sites().get(1).id();

        ComboBox<String> cloud = combo(robot, cloudId);
        ComboBox<String> laptop = combo(robot, laptopId);
        assertThat(cloud.getItems()).containsExactly("east", "west");
        assertThat(cloud.isEditable()).isTrue();
        assertThat(laptop.getItems()).containsExactly(ApplyDialog.LOCAL);
        assertThat(laptop.isEditable()).isFalse();
        assertThat(laptop.getValue()).isEqualTo(ApplyDialog.LOCAL);

        robot.interact(() -> cloud.getSelectionModel().select("east"));
        WaitForAsyncUtils.waitForFxEvents();

        NetworkSite chosen = context.document().network().site(cloudId).orElseThrow();
        assertThat(chosen.target()).isEqualTo(SiteTarget.kubeContext("east"));
        assertThat(context.document().network().site(laptopId).orElseThrow().target())
                .isEqualTo(SiteTarget.local());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String siteId) {
        return robot.lookup("#apply-target-" + siteId).queryAs(ComboBox.class);
    }
}
