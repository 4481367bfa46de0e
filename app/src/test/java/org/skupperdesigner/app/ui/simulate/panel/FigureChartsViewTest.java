package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts grow by appending samples to the series they have and drop what left the window; nothing is re-created. */
@ExtendWith(ApplicationExtension.class)
class FigureChartsViewTest {

    private final FigureChartsView charts = new FigureChartsView();

    @Start
    void start(Stage stage) {
        org.skupperdesigner.app.ui.TestWindows.putOnStage(stage, new Scene(charts, 400, 600));
    }

    private static FigureSample sample(double at) {
        return new FigureSample(at, at * 10, 1024 * at, 1, 2, 3, 0);
    }

    @Test
    void newSamplesAreAppendedAndOldOnesTrimmedKeepingThePointsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FigureHistory history = new FigureHistory(2);
            history.add(sample(1));
            history.add(sample(2));
            charts.show(history, "first");
            XYChart.Data<Number, Number> second = charts.points("ok/s").get(1);

            history.add(sample(3));
            charts.show(history, "second");
            List<XYChart.Data<Number, Number>> ok = charts.points("ok/s");
            assertThat(ok).extracting(d -> d.getXValue().doubleValue()).containsExactly(1.0, 2.0, 3.0);
            assertThat(ok.get(1)).isSameAs(second); // kept, not rebuilt

            history.add(sample(4)); // 1 s leaves the 2 s window
            charts.show(history, "third");
            ok = charts.points("ok/s");
            assertThat(ok).extracting(d -> d.getXValue().doubleValue()).containsExactly(2.0, 3.0, 4.0);
            assertThat(ok.get(0)).isSameAs(second);
            assertThat(charts.points("KiB/s")).extracting(d -> d.getYValue().doubleValue())
                    .containsExactly(2.0, 3.0, 4.0);
        });
    }

    @Test
    void anotherHistoryReplacesThePoints(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            FigureHistory a = new FigureHistory(60);
            a.add(sample(1));
            a.add(sample(2));
            charts.show(a, "a");
            FigureHistory b = new FigureHistory(60);
            b.add(new FigureSample(1, 99, 0, 0, 0, 0, 0));
            b.add(new FigureSample(2, 98, 0, 0, 0, 0, 0));
            charts.show(b, "b");
            assertThat(charts.points("ok/s")).extracting(d -> d.getYValue().doubleValue()).containsExactly(99.0, 98.0);
            charts.show(null, "none");
            assertThat(charts.points("ok/s")).isEmpty();
        });
    }
}
