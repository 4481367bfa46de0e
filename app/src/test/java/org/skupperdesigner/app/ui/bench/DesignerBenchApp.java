package org.skupperdesigner.app.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.canvas.CanvasViewport;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;

/** The measuring side of {@link DesignerBench}. */
public final class DesignerBenchApp extends Application {

    private int frames;
    private final long[] samples = new long[4096];
    private int sampleCount;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        int sites = args.isEmpty() ? 500 : Integer.parseInt(args.get(0));
        frames = args.size() < 2 ? 600 : Integer.parseInt(args.get(1));
        Path file = Files.createTempFile("bench", ".skupper-design.yaml");
        new DesignFiles().save(LargeDesignGenerator.generate(sites), file);
        Application.setUserAgentStylesheet(Theme.primerLight());

        long t0 = System.nanoTime();
        LoadedNetwork loaded = NetworkLoader.load(List.of(file));
        long tLoaded = System.nanoTime();
        DesignerContext context = new DesignerContext(loaded.network(), file, UiExecutors.pooled(),
                ValidationServices.best(), new DesignerHome(Files.createTempDirectory("bench-home")));
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.show();
        window.canvas().fitToContent();
        long tShown = System.nanoTime();
        new AnimationTimer() {
            private int pulse;
            private long last;
            private long firstFrame;

            @Override
            public void handle(long now) {
                pulse++;
                if (pulse == 2) {
                    firstFrame = System.nanoTime();
                    System.out.printf("open: load %.0f ms, window %.0f ms, first frame %.0f ms (total)%n",
                            ms(tLoaded - t0), ms(tShown - tLoaded), ms(firstFrame - t0));
                    window.canvas().resetZoom();
                }
                if (pulse > 10) {
                    if (last != 0 && sampleCount < samples.length) {
                        samples[sampleCount++] = now - last;
                    }
                    drive(window.canvas().viewport(), pulse);
                }
                last = now;
                if (pulse > 10 + frames) {
                    stop();
                    report(sites);
                    Platform.exit();
                }
            }
        }.start();
    }

    /** Pans in a circle and zooms in and out between 25% and 150% (all 500 sites visible at the low end). */
    private static void drive(CanvasViewport viewport, int pulse) {
        double angle = pulse * 0.05;
        viewport.panBy(Math.cos(angle) * 12, Math.sin(angle) * 12);
        double z = 0.875 + 0.625 * Math.sin(pulse * 0.02);
        viewport.zoomAt(z / viewport.zoom(), 700, 400);
    }

    private void report(int sites) {
        long[] s = Arrays.copyOf(samples, sampleCount);
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0);
        System.out.printf("pan/zoom over %d sites, %d frames: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms, frames over 16 ms: %d%n", sites, s.length, ms((long) mean),
                ms(s[s.length / 2]), ms(s[(int) (s.length * 0.95)]), ms(s[(int) (s.length * 0.99)]),
                ms(s[s.length - 1]), Arrays.stream(s).filter(v -> v > 16_000_000L).count());
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
