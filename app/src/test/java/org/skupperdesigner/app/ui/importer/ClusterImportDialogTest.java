package org.skupperdesigner.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
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
import org.skupperdesigner.app.ui.apply.MockClusterWindows;
import org.skupperdesigner.exporters.kube.ApplyOptions;
import org.skupperdesigner.exporters.kube.ClusterConnector;
import org.skupperdesigner.exporters.kube.NetworkApplier;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.system.SystemNamespaceLayout;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.pki.NetworkCa;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * File > Import from Cluster against three mock clusters that hold the applied three-site network: the contexts
 * and their namespaces are found, the import opens a new unsaved design with the live sites, listeners, connectors
 * and links, and a namespace without Skupper is a clear message that opens nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterImportDialogTest {

    private static final SkupperCommand NO_SKUPPER = new SkupperCommand() {
        @Override
        public boolean installed() {
            return false;
        }

        @Override
        public Result run(List<String> args, Duration timeout) {
            return new Result(-1, "not installed");
        }
    };

    private ThreeClusters clusters;
    private DesignerWindow window;
    private DesignerContext context;
    private Path kubeconfig;
    private Network before;

    @Start
    void start(Stage stage) throws Exception {
        Path home = ScratchDirectories.create("import-test");
        clusters = new ThreeClusters();
        kubeconfig = MockClusterWindows.kubeconfig(home, clusters.all());
        before = Network.empty("scratch");
        context = TestWindows.context(before, home.resolve("scratch.skupper-design.yaml"), home);
        window = TestWindows.show(stage, context);
    }

    @AfterEach
    void stop() {
        clusters.close();
    }

    @Test
    void importsTheLiveNetworkOfThreeContextsAsANewUnsavedDesign(FxRobot robot) throws Exception {
        applyTheThreeSiteDesign();
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = menus.getMenus().get(0);
        assertThat(file.getItems()).anyMatch(i -> "Import from Cluster…".equals(i.getText()));
        ClusterImportController controller = openDialog(robot);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> controller.contexts().size() == 3
                && !controller.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.contexts()).extracting(ContextChoice::context).containsExactly("east", "north", "west");
        assertThat(robot.lookup("#import-use-west").queryAs(CheckBox.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> westNamespaces = robot.lookup("#import-namespaces-west").queryAs(ComboBox.class);
        assertThat(westNamespaces.getItems()).containsExactly("west-ns");
        assertThat(westNamespaces.getEditor().getText()).isEqualTo("west-ns");
        robot.interact(() -> controller.networkNameProperty().set("three"));

        press(robot, "#import-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.document().network() != before);
        WaitForAsyncUtils.waitForFxEvents();

        Network imported = context.document().network();
        assertThat(imported.name()).isEqualTo("three");
        assertThat(imported.sites()).extracting(NetworkSite::name).containsExactlyInAnyOrder("west", "east", "north");
        assertThat(resources(imported, "west")).contains("Listener/backend", "Listener/db");
        assertThat(resources(imported, "east")).contains("Connector/backend");
        assertThat(resources(imported, "north")).contains("Connector/db");
        assertThat(imported.links()).extracting(NetworkLink::id, NetworkLink::fromSite, NetworkLink::toSite)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("east-to-west", "east", "west"),
                        org.assertj.core.groups.Tuple.tuple("north-to-west", "north", "west"));
        assertThat(imported.site("west").orElseThrow().target().context()).isEqualTo("west");
        assertThat(context.document().file()).as("a new, unsaved document").isNull();
        assertThat(context.document().isDirty()).as("unsaved until saved: closing asks first").isTrue();
        assertThat(window.canvas().cardCount()).isEqualTo(3);
        assertThat(window.actions().clusterImport().stage().isShowing()).isFalse();
    }

    @Test
    void aNamespaceWithoutSkupperIsAClearMessageAndOpensNothing(FxRobot robot) throws Exception {
        ClusterImportController controller = openDialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> controller.contexts().size() == 3
                && !controller.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.contexts()).allSatisfy(c -> {
            assertThat(c.selectedProperty().get()).isFalse();
            assertThat(c.hintProperty().get()).isEqualTo("no Site found in any namespace");
        });
        robot.interact(() -> {
            ContextChoice east = controller.contexts().get(0);
            east.selectedProperty().set(true);
            east.namespacesProperty().set("east-ns");
        });

        press(robot, "#import-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.busyProperty().get()
                && controller.failedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).startsWith("Nothing to import");
        assertThat(controller.problems()).anyMatch(p -> p.contains("context east, namespace east-ns holds no "
                + "Skupper resources"));
        assertThat(context.document().network()).isSameAs(before);
        assertThat(window.actions().clusterImport().stage().isShowing()).isTrue();
    }

    @Test
    void aMissingKubeconfigOrUnreachableClusterIsAMessageNotACrash(FxRobot robot) throws Exception {
        ClusterImportController controller = openDialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.busyProperty().get()
                && controller.contexts().size() == 3);
        robot.interact(() -> {
            controller.kubeconfigProperty().set(kubeconfig.resolveSibling("nowhere"));
            controller.loadContexts();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(controller.failedProperty().get()).isTrue();
        assertThat(controller.messageProperty().get()).startsWith("There is no kubeconfig at ")
                .contains("nowhere");

        java.nio.file.Path broken = java.nio.file.Files.writeString(kubeconfig.resolveSibling("broken"),
                "this: is: not: yaml: [\n");
        robot.interact(() -> {
            controller.kubeconfigProperty().set(broken);
            controller.loadContexts();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.busyProperty().get());
        assertThat(controller.failedProperty().get()).isTrue();
        assertThat(controller.messageProperty().get()).isEqualTo("cannot read the kubeconfig " + broken
                + ": mapping values are not allowed here (line 1, column 9)");

        robot.interact(() -> {
            controller.kubeconfigProperty().set(kubeconfig);
            controller.loadContexts();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller.busyProperty().get()
                && controller.contexts().size() == 3);
        clusters.north.close();
        robot.interact(() -> {
            ContextChoice north = controller.contexts().get(1);
            north.selectedProperty().set(true);
            north.namespacesProperty().set("north-ns");
        });
        press(robot, "#import-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !controller.busyProperty().get()
                && controller.failedProperty().get());

        assertThat(controller.problems()).anyMatch(p -> p.startsWith("error: cannot read context north"));
        assertThat(context.document().network()).isSameAs(before);
    }

    @Test
    void unsavedWorkIsAskedAboutAndCancelKeepsTheCurrentDesign(FxRobot robot) throws Exception {
        applyTheThreeSiteDesign();
        robot.interact(() -> context.document().apply(new org.skupperdesigner.app.ui.commands.Edit("Rename",
                n -> n.withName("edited"))));
        Network edited = context.document().network();
        assertThat(context.document().isDirty()).isTrue();
        ClusterImportController controller = openDialog(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> controller.contexts().size() == 3
                && !controller.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // the question is modal (showAndWait), so the button is fired without waiting for it to return
        javafx.application.Platform.runLater(robot.lookup("#import-run").queryButton()::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Save the changes to edited?")
                .tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL).fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> controller.messageProperty().get()
                .startsWith("Not opened"));

        assertThat(context.document().network()).isSameAs(edited);
        assertThat(window.actions().clusterImport().stage().isShowing()).isTrue();
    }

    private ClusterImportController openDialog(FxRobot robot) {
        robot.interact(() -> {
            window.actions().importFromCluster();
            window.actions().clusterImport().controller().kubeconfigProperty().set(kubeconfig);
            window.actions().clusterImport().controller().loadContexts();
        });
        return window.actions().clusterImport().controller();
    }

    private void applyTheThreeSiteDesign() throws Exception {
        NetworkCa ca = NetworkCa.create("test network CA");
        try (ClusterConnector connector = clusters.connector();
             NetworkApplier applier = new NetworkApplier(connector, new SystemNamespaceLayout(
                     ScratchDirectories.create("system")), NO_SKUPPER, ApplyOptions.defaults().withWaits(
                     ThreeClusters.WAIT, ThreeClusters.POLL), () -> ca)) {
            assertThat(applier.apply(applier.plan(ThreeClusters.design(), ApplyRequest.all()), e -> { }).success())
                    .isTrue();
        }
    }

    private static List<String> resources(Network network, String site) {
        return network.site(site).orElseThrow().resources().stream().map(SkupperResource::kindAndName).toList();
    }

    private static void press(FxRobot robot, String query) {
        Button button = robot.lookup(query).queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] disabled = new boolean[1];
        robot.interact(() -> disabled[0] = button.isDisabled());
        assertThat(disabled[0]).as(query + " enabled").isFalse();
        robot.interact(button::fire);
    }
}
