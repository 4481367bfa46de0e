package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.skupperdesigner.app.ui.CanvasNodes;
import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.TestWindows;
import org.skupperdesigner.app.ui.simulate.LiveNetwork;
import org.skupperdesigner.app.ui.simulate.SimulationMode;
import org.skupperdesigner.app.ui.simulate.SimulationPanel;

/**
 * The simulation panel on hello-world, driven like a user: pick the listener on the canvas and watch its charts and
 * the flow table fill; retune and stop its traffic; make the connector's workload fail, then slow it, and see errors
 * and latency in the figures. Settings chosen in the panel are saved in the design while editing stays locked.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationPanelTest {

    private static final FigureTarget LISTENER = FigureTarget.listener("west/backend");
    private static final FigureTarget CONNECTOR = FigureTarget.connector("east/backend");

    private DesignerWindow window;
    private DesignerContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = TestWindows.context(PanelFixtures.helloWorld());
        window = TestWindows.showForSimulation(stage, context, 1400, 900);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.simulation().close());
    }

    @Test
    void selectingTheListenerOnTheCanvasChartsItAndTheFlowTableNamesTheConnector(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-simulate");
        awaitTraffic();
        robot.interact(() -> mode().panel().targetProperty().set(CONNECTOR));

        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        assertThat(fx(() -> mode().panel().targetProperty().get())).isEqualTo(LISTENER);

        waitFor(30, () -> points("ok/s").size() >= 3 && last("ok/s") > 0);
        int before = fx(() -> points("ok/s").size());
        waitFor(10, () -> points("ok/s").size() > before);
        assertThat(fx(() -> points("p50").get(points("p50").size() - 1).getYValue().doubleValue())).isPositive();
        assertThat(fx(() -> panel().figures().charts().summaryText())).startsWith("Listener west/backend")
                .doesNotContain(" 0.0 req/s");

        TableView<?> table = robot.lookup("#sim-flow-table").queryAs(TableView.class);
        waitFor(10, () -> !table.getItems().isEmpty());
        List<FlowRow> rows = fx(() -> table.getItems().stream().map(FlowRow.class::cast).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.listener()).isEqualTo("west/backend"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.servedBy()).isEqualTo("east/backend");
            assertThat(r.path()).isEqualTo("west → east");
            assertThat(r.bytesOut()).isEqualTo(1024);
        });
        assertThat(rows.size()).isLessThanOrEqualTo(FlowTableModel.DEFAULT_LIMIT);
        assertThat(rows).extracting(FlowRow::endedAt).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        robot.clickOn(CanvasNodes.row(robot, "east/Connector/backend"));
        assertThat(fx(() -> mode().panel().targetProperty().get())).isEqualTo(CONNECTOR);
        waitFor(20, () -> points("ok/s").size() >= 2 && last("ok/s") > 0);
        assertThat(fx(() -> panel().figures().charts().summaryText())).startsWith("Connector east/backend")
                .contains("served");
    }

    @Test
    void trafficAndWorkloadChangesApplyLiveAndAreSavedInTheDesign(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-simulate");
        awaitTraffic();

        // traffic: a lower rate, then stop
        robot.clickOn(CanvasNodes.row(robot, "west/Listener/backend"));
        type(robot, "#sim-traffic-rate", "4");
        press(robot, "#sim-traffic-apply");
        waitFor(30, () -> {
            List<FigureSample> s = fx(() -> mode().panel().figures().history(LISTENER).samples());
            return s.size() >= 6 && s.subList(s.size() - 6, s.size()).stream()
                    .allMatch(x -> x.okPerSecond() >= 1 && x.okPerSecond() <= 6);
        });
        assertThat(fx(() -> mode().trafficSpec("west/backend").rate())).isEqualTo(4.0);
        assertThat(context.document().lockedProperty().get()).isTrue();
        assertThat(context.document().network().simulation()).containsKey("traffic");

        press(robot, "#sim-traffic-stop");
        waitFor(15, () -> {
            LiveNetwork.ListenerLive l = fx(() -> mode().live().listener("west/backend"));
            return !l.traffic() && l.requestsPerSecond() == 0;
        });
        assertThat(label(robot, "#sim-traffic-state")).startsWith("Stopped");
        type(robot, "#sim-traffic-rate", "20");
        press(robot, "#sim-traffic-start");
        waitFor(15, () -> fx(() -> mode().live().listener("west/backend").traffic()));

        // workload: every connection fails, then none fails but each waits 300 ms
        robot.clickOn(CanvasNodes.row(robot, "east/Connector/backend"));
        type(robot, "#sim-workload-failure-rate", "100%");
        press(robot, "#sim-workload-apply");
        waitFor(30, () -> {
            FigureSample l = fx(() -> mode().panel().figures().history(LISTENER).latest());
            FigureSample c = fx(() -> mode().panel().figures().history(CONNECTOR).latest());
            return l != null && l.errorsPerSecond() > 0 && l.okPerSecond() == 0 && c != null
                    && c.errorsPerSecond() > 0;
        });
        assertThat(fx(() -> last("errors/s"))).isPositive();
        assertThat(fx(() -> mode().workloadSpec("east/backend").failureRate())).isEqualTo(1.0);

        type(robot, "#sim-workload-failure-rate", "0%");
        type(robot, "#sim-workload-delay", "300ms");
        press(robot, "#sim-workload-apply");
        waitFor(30, () -> {
            FigureSample l = fx(() -> mode().panel().figures().history(LISTENER).latest());
            return l != null && l.okPerSecond() > 0 && l.p50Millis() >= 250 && l.errorsPerSecond() == 0;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> workloads = (Map<String, Object>) context.document().network().simulation()
                .get("workloads");
        assertThat(workloads.get("east/backend")).isEqualTo(Map.of("type", "echo", "delay", "300ms",
                "failureRate", 0L));
    }

    @Test
    void settingsChosenBeforeTheRunAreUsedAndHttpErrorAnswersChartAtTheConnector(FxRobot robot) throws Exception {
        robot.interact(() -> mode().panel().targetProperty().set(CONNECTOR));
        robot.interact(() -> robot.lookup("#sim-workload-type").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.skupperdesigner.simulator.workload.WorkloadType.HTTP_HELLO));
        type(robot, "#sim-workload-failure-rate", "50%");
        press(robot, "#sim-workload-apply");
        robot.interact(() -> mode().panel().targetProperty().set(LISTENER));
        robot.interact(() -> robot.lookup("#sim-traffic-protocol").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.skupperdesigner.simulator.traffic.Protocol.HTTP));
        press(robot, "#sim-traffic-apply");

        robot.clickOn("#toolbar-simulate");
        awaitTraffic();
        waitFor(30, () -> {
            FigureSample c = fx(() -> mode().panel().figures().history(CONNECTOR).latest());
            FigureSample l = fx(() -> mode().panel().figures().history(LISTENER).latest());
            return c != null && c.okPerSecond() > 0 && c.errorsPerSecond() > 0 && l.errorsPerSecond() > 0;
        });
        assertThat(fx(() -> mode().live().listener("west/backend").errors())).isPositive();
    }

    @Test
    void badInputIsAMessageNamingTheElementAndNothingIsApplied(FxRobot robot) {
        robot.interact(() -> mode().panel().targetProperty().set(CONNECTOR));
        robot.interact(() -> robot.lookup("#sim-workload-type").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(org.skupperdesigner.simulator.workload.WorkloadType.EXTERNAL));
        type(robot, "#sim-workload-target", "db.example");
        press(robot, "#sim-workload-apply");
        assertThat(label(robot, "#sim-workload-message")).contains("Connector east/backend")
                .contains("'db.example' is not host:port");
        assertThat(context.document().network().simulation()).isEmpty();

        type(robot, "#sim-workload-target", "127.0.0.1:5432");
        press(robot, "#sim-workload-apply");
        assertThat(label(robot, "#sim-workload-message")).isEmpty();
        assertThat(fx(() -> mode().workloadSpec("east/backend").targetPort())).isEqualTo(5432);

        robot.interact(() -> mode().panel().targetProperty().set(LISTENER));
        type(robot, "#sim-traffic-concurrency", "lots");
        press(robot, "#sim-traffic-apply");
        assertThat(label(robot, "#sim-traffic-message")).isEqualTo("Listener west/backend: concurrency 'lots' is not "
                + "a whole number between 1 and 10000, e.g. 4.");
        assertThat(context.document().network().simulation()).doesNotContainKey("traffic");
    }

    // ---- helpers ----

    private SimulationMode mode() {
        return window.simulation();
    }

    private SimulationPanel panel() {
        return (SimulationPanel) window.canvas().getScene().lookup("#simulation-panel");
    }

    private void awaitTraffic() throws Exception {
        waitFor(30, () -> {
            LiveNetwork.ListenerLive l = fx(() -> mode().live().listener("west/backend"));
            return l != null && l.open() && l.requests() > 0;
        });
    }

    private List<XYChart.Data<Number, Number>> points(String series) {
        return panel().figures().charts().points(series);
    }

    private double last(String series) {
        List<XYChart.Data<Number, Number>> p = points(series);
        return p.isEmpty() ? 0 : p.get(p.size() - 1).getYValue().doubleValue();
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    /** Fires a button (it may be scrolled out of the side panel's view, where a click would miss it). */
    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText());
    }

    /** Reads FX state on the FX thread. */
    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
