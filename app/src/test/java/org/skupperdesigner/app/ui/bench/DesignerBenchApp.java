package org.skupperdesigner.app.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.canvas.CanvasViewport;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.file.FileActions;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.app.ui.training.GeneratedDesign;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;

/** The measuring side of {@link DesignerBench}. */
public final class DesignerBenchApp extends Application {

    /** The canvas sketches large designs below 60 % zoom (ADR 0406): frames are reported on both sides. */
    private static final double SKETCH_ZOOM = 0.6;

    private int frames;
    private final long[] samples = new long[4096];
    private final double[] zooms = new double[4096];
    /** Whether the frame showed a card not built in the frame before (the frames that pay for building one). */
    private final boolean[] builtNew = new boolean[4096];
    private java.util.Set<String> lastBuilt = java.util.Set.of();
    private final long[] fxCpu = new long[4096];
    private final long[] renderCpu = new long[4096];
    private long lastFxCpu;
    private long lastRenderCpu;
    private int sampleCount;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long fxCpuStart;
    private long renderCpuStart;
    private long renderThreadId = -1;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        int sites = args.isEmpty() ? 500 : Integer.parseInt(args.get(0));
        frames = args.size() < 2 ? 600 : Integer.parseInt(args.get(1));
        Path file = ScratchDirectories.create("bench").resolve("bench.skupper-design.yaml");
        new DesignFiles().save(GeneratedDesign.generate(sites), file);
        Application.setUserAgentStylesheet(Theme.primerLight());

        long t0 = System.nanoTime();
        long fxCpuAtOpen = threads.getCurrentThreadCpuTime();
        // the application's own start-up: the window comes up empty while the file is read in the background
        DesignerContext context = new DesignerContext(Network.empty("untitled"), null, UiExecutors.pooled(),
                ValidationServices.best(), new DesignerHome(ScratchDirectories.create("bench-home")));
        FileActions.PendingRead reading = FileActions.startReading(file, context.executors().background());
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.show();
        // -Dbench.serviceLines=false measures the frames without service lines (what they cost)
        window.canvas().showServiceLinesProperty().set(Boolean.parseBoolean(
                System.getProperty("bench.serviceLines", "true")));
        long tShown = System.nanoTime();
        if ("false".equals(System.getProperty("bench.grid"))) {
            hideGrid(stage.getScene().getRoot());
        }
        OpenWatch coldOpen = new OpenWatch(t0);
        window.actions().files().openAtStart(reading, false, coldOpen::designShown);
        new AnimationTimer() {
            private int pulse;
            private long last;
            private int driveFrom = Integer.MAX_VALUE;
            private int measureFrom = Integer.MAX_VALUE;
            private OpenWatch warmOpen;

            @Override
            public void handle(long now) {
                pulse++;
                if (coldOpen.firstFrame(pulse)) {
                    // figures differ between JDKs (ADR 0603): say which one this is
                    System.out.printf("JVM: %s %s%n", System.getProperty("java.vm.vendor"), Runtime.version());
                    System.out.printf("open at start-up: window %.0f ms, design shown %.0f ms, first frame %.0f ms "
                            + "(total); %d cards built, zoom %.0f %%%n", ms(tShown - t0), ms(coldOpen.shownAt - t0),
                            ms(coldOpen.frameAt - t0), window.canvas().builtCardIds().size(),
                            window.canvas().viewport().zoom() * 100);
                    // CPU time is what a busy machine stretches least: compare it between builds first
                    long render = renderThread();
                    System.out.printf("open CPU: FX thread %.0f ms, render thread %.0f ms so far (load average %s)%n",
                            ms(threads.getCurrentThreadCpuTime() - fxCpuAtOpen),
                            render < 0 ? 0.0 : ms(threads.getThreadCpuTime(render)), loadAverage());
                    window.canvas().resetZoom();
                    driveFrom = pulse + 8;
                    // -Dbench.warmup=N drives N frames before measuring: frames just after opening share the cores
                    // with the JIT compiling the canvas's code; this separates that from the warmed-up frame cost
                    measureFrom = driveFrom + Integer.getInteger("bench.warmup", 0);
                }
                if (pulse > driveFrom && pulse <= measureFrom) {
                    drive(window.canvas().viewport(), pulse);
                }
                if (pulse == measureFrom) {
                    // CPU time of the FX and render threads: the cost of frames even when a busy machine
                    // stretches their wall-clock time
                    renderThreadId = renderThread();
                    fxCpuStart = threads.getCurrentThreadCpuTime();
                    renderCpuStart = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
                    lastFxCpu = fxCpuStart;
                    lastRenderCpu = renderCpuStart;
                }
                if (pulse > measureFrom && pulse <= measureFrom + frames) {
                    long fx = threads.getCurrentThreadCpuTime();
                    long render = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
                    if (last != 0 && sampleCount < samples.length) {
                        zooms[sampleCount] = window.canvas().viewport().zoom();
                        java.util.Set<String> built = window.canvas().builtCardIds();
                        builtNew[sampleCount] = !lastBuilt.containsAll(built);
                        lastBuilt = built;
                        fxCpu[sampleCount] = fx - lastFxCpu;
                        renderCpu[sampleCount] = render - lastRenderCpu;
                        samples[sampleCount++] = now - last;
                    }
                    lastFxCpu = fx;
                    lastRenderCpu = render;
                    drive(window.canvas().viewport(), pulse);
                }
                last = now;
                if (pulse == measureFrom + frames + 1) {
                    report(sites);
                    System.out.printf("scene nodes: %d, cards built: %d%n",
                            NodeCounts.count(stage.getScene().getRoot()), window.canvas().builtCardIds().size());
                    // File > New, a few frames of the empty canvas, then File > Open of the same design in the
                    // running window: the same reading and showing, without the window's own first-time cost
                    window.actions().files().newDesign();
                }
                if (pulse == measureFrom + frames + 6) {
                    warmOpen = new OpenWatch(System.nanoTime());
                    context.document().networkProperty().addListener(o -> warmOpen.designShown());
                    window.actions().files().openPath(file);
                }
                if (warmOpen != null && warmOpen.firstFrame(pulse)) {
                    System.out.printf("File > Open in the running window: design shown %.0f ms, first frame %.0f ms%n",
                            ms(warmOpen.shownAt - warmOpen.start), ms(warmOpen.frameAt - warmOpen.start));
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    private static void hideGrid(javafx.scene.Node n) {
        if (n.getClass().getSimpleName().equals("GridLayer")) {
            n.setVisible(false);
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(DesignerBenchApp::hideGrid);
        }
    }

    private void writeFrames(java.nio.file.Path file) {
        StringBuilder csv = new StringBuilder("frame,wall_ms,fx_cpu_ms,render_cpu_ms,zoom,built_card\n");
        for (int i = 0; i < sampleCount; i++) {
            csv.append(String.format(java.util.Locale.ROOT, "%d,%.2f,%.2f,%.2f,%.3f,%b%n", i, ms(samples[i]),
                    ms(fxCpu[i]), ms(renderCpu[i]), zooms[i], builtNew[i]));
        }
        try {
            java.nio.file.Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            System.out.println("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** When an opened design was shown, and the first frame that drew it (the pulse after the one that rendered it). */
    private static final class OpenWatch {
        private final long start;
        private long shownAt;
        private long frameAt;
        private int pulse;
        private int shownPulse = -1;

        OpenWatch(long start) {
            this.start = start;
        }

        void designShown() {
            if (shownAt == 0) {
                shownAt = System.nanoTime();
                shownPulse = pulse;
            }
        }

        /** Called at every pulse; true exactly once, at the pulse after the one that rendered the design. */
        boolean firstFrame(int pulseNow) {
            pulse = pulseNow;
            if (shownPulse >= 0 && frameAt == 0 && pulseNow >= shownPulse + 2) {
                frameAt = System.nanoTime();
                return true;
            }
            return false;
        }
    }

    /** Pans in a circle and zooms in and out between 25% and 150% (all 500 sites visible at the low end). */
    private static void drive(CanvasViewport viewport, int pulse) {
        double angle = pulse * 0.05;
        viewport.panBy(Math.cos(angle) * 12, Math.sin(angle) * 12);
        // -Dbench.zoom=1.0 pans at one zoom (to profile one level of detail on its own)
        String fixed = System.getProperty("bench.zoom");
        double z = fixed != null ? Double.parseDouble(fixed) : 0.875 + 0.625 * Math.sin(pulse * 0.02);
        viewport.zoomAt(z / viewport.zoom(), 700, 400);
    }

    private void report(int sites) {
        // -Dbench.frames=FILE writes every measured frame (wall and CPU times, zoom, whether it built a card) as CSV
        String perFrame = System.getProperty("bench.frames");
        if (perFrame != null) {
            writeFrames(java.nio.file.Path.of(perFrame));
        }
        long fxCpu = threads.getCurrentThreadCpuTime() - fxCpuStart;
        long renderCpu = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId) - renderCpuStart;
        print("pan/zoom over " + sites + " sites", Arrays.copyOf(samples, sampleCount));
        print("  of which zoom < 60% (large designs: sketched)", select(samples, true));
        cpu("  CPU per frame at zoom < 60%", true);
        print("  of which zoom >= 60% (full cards)", select(samples, false));
        cpu("  CPU per frame at zoom >= 60%", false);
        long[] building = java.util.stream.IntStream.range(0, sampleCount).filter(i -> zooms[i] >= SKETCH_ZOOM
                && builtNew[i]).mapToLong(i -> samples[i]).toArray();
        long[] steady = java.util.stream.IntStream.range(0, sampleCount).filter(i -> zooms[i] >= SKETCH_ZOOM
                && !builtNew[i]).mapToLong(i -> samples[i]).toArray();
        print("    full-card frames showing a newly built card", building);
        cpu("    CPU per frame showing a newly built card", i -> zooms[i] >= SKETCH_ZOOM && builtNew[i]);
        print("    full-card frames building none", steady);
        cpu("    CPU per frame building none", i -> zooms[i] >= SKETCH_ZOOM && !builtNew[i]);
        System.out.printf("CPU per frame: FX thread %.2f ms, render thread %.2f ms (load average %s)%n",
                ms(fxCpu) / sampleCount, ms(renderCpu) / sampleCount, loadAverage());
        timeline();
    }

    /**
     * p95 of each run of 500 frames, with when it ended: how frame times settle as the JIT compiles the canvas's
     * code (run with more frames, e.g. 4000, to see it).
     */
    private void timeline() {
        // where the slow frames fall: bunched at the start is the JIT's warm-up, spread out is the frame's own cost
        StringBuilder slow = new StringBuilder("frames over 16 ms in each 100:");
        for (int from = 0; from + 100 <= sampleCount; from += 100) {
            slow.append(' ').append(Arrays.stream(samples, from, from + 100).filter(v -> v > 16_000_000L).count());
        }
        System.out.println(slow);
        if (sampleCount < 1000) {
            return;
        }
        StringBuilder line = new StringBuilder("p95 per 500 frames (seconds measured):");
        long elapsed = 0;
        for (int from = 0; from + 500 <= sampleCount; from += 500) {
            long[] chunk = Arrays.copyOfRange(samples, from, from + 500);
            elapsed += Arrays.stream(chunk).sum();
            Arrays.sort(chunk);
            line.append(String.format(" %.0f s: %.1f ms,", elapsed / 1e9, ms(chunk[475])));
        }
        System.out.println(line.substring(0, line.length() - 1));
    }

    private long[] select(long[] values, boolean low) {
        return select(values, i -> zooms[i] < SKETCH_ZOOM == low);
    }

    private long[] select(long[] values, java.util.function.IntPredicate frames) {
        return java.util.stream.IntStream.range(0, sampleCount).filter(frames).mapToLong(i -> values[i]).toArray();
    }

    /** CPU time of the FX and render threads between two pulses, at low or high zoom: mean and p95. */
    private void cpu(String what, boolean low) {
        cpu(what, i -> zooms[i] < SKETCH_ZOOM == low);
    }

    private void cpu(String what, java.util.function.IntPredicate frames) {
        long[] fx = select(fxCpu, frames);
        long[] render = select(renderCpu, frames);
        if (fx.length == 0) {
            return;
        }
        Arrays.sort(fx);
        Arrays.sort(render);
        System.out.printf("%s: FX thread mean %.2f ms, p95 %.2f ms; render thread mean %.2f ms, p95 %.2f ms%n", what,
                ms((long) Arrays.stream(fx).average().orElse(0)), ms(fx[(int) (fx.length * 0.95)]),
                ms((long) Arrays.stream(render).average().orElse(0)), ms(render[(int) (render.length * 0.95)]));
    }

    private static void print(String what, long[] s) {
        if (s.length == 0) {
            return;
        }
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0);
        System.out.printf("%s, %d frames: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms, frames over 16 ms: %d%n", what, s.length, ms((long) mean),
                ms(s[s.length / 2]), ms(s[(int) (s.length * 0.95)]), ms(s[(int) (s.length * 0.99)]),
                ms(s[s.length - 1]), Arrays.stream(s).filter(v -> v > 16_000_000L).count());
    }

    private static long renderThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
