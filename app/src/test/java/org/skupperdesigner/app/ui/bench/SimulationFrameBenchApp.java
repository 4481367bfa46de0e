package org.skupperdesigner.app.ui.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.skupperdesigner.app.ui.DesignerContext;
import org.skupperdesigner.app.ui.DesignerWindow;
import org.skupperdesigner.app.ui.ScratchDirectories;
import org.skupperdesigner.app.ui.Theme;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.file.DesignerHome;
import org.skupperdesigner.app.ui.problems.ValidationServices;
import org.skupperdesigner.app.ui.simulate.DrainStats;
import org.skupperdesigner.app.ui.simulate.SimulationMode;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.router.observe.FlowOutcome;
import org.skupperdesigner.simulator.Simulation;
import org.skupperdesigner.simulator.SimulationOptions;
import org.skupperdesigner.simulator.event.EventBus;
import org.skupperdesigner.simulator.event.FlowView;
import org.skupperdesigner.simulator.event.SimulationEvent;
import org.skupperdesigner.simulator.traffic.TrafficSpec;

/** The measuring side of {@link SimulationFrameBench}. */
public final class SimulationFrameBenchApp extends Application {

    private static final String LISTENER = "west/backend";
    private static final long FRAME_BUDGET_NANOS = 16_000_000L;

    private final long[] samples = new long[1 << 20];
    private final long[] fxCpu = new long[1 << 20];
    private final long[] renderCpu = new long[1 << 20];
    private final java.lang.management.ThreadMXBean threads =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private int sampleCount;
    private volatile boolean publishing = true;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        int target = args.isEmpty() ? 1000 : Integer.parseInt(args.get(0));
        int seconds = args.size() < 2 ? 20 : Integer.parseInt(args.get(1));
        String source = args.size() < 3 ? "auto" : args.get(2);
        Application.setUserAgentStylesheet(Theme.primerLight());
        DesignerContext context = new DesignerContext(NetworkLoader.load(List.of(
                Path.of("examples/hello-world.skupper-design.yaml"))).network(), null, UiExecutors.pooled(),
                ValidationServices.best(), new DesignerHome(ScratchDirectories.create("sim-bench-home")));
        DesignerWindow window = new DesignerWindow(context, stage);
        stage.setScene(window.createScene(1480, 900));
        stage.show();
        window.canvas().fitToContent();
        SimulationMode mode = window.simulation();
        mode.optionsProperty().set(SimulationOptions.defaults());
        mode.start();
        Thread driver = new Thread(() -> drive(mode, target, seconds, source), "sim-bench-driver");
        driver.setDaemon(true);
        driver.start();
    }

    /** Off the UI thread: waits for the network, sets the traffic, measures, reports, exits. */
    private void drive(SimulationMode mode, int target, int seconds, String source) {
        try {
            Simulation sim = awaitSimulation(mode);
            int real = 0;
            if (!"synthetic".equals(source)) {
                sim.traffic().start(LISTENER, TrafficSpec.DEFAULT.withRate(target).withConcurrency(64)
                        .withProtocol(org.skupperdesigner.simulator.traffic.Protocol.TCP));
                Thread.sleep(3000); // warm up, then see what the routers really carry
                long before = flowsSeen(mode);
                Thread.sleep(3000);
                real = (int) ((flowsSeen(mode) - before) / 3);
            }
            int synthetic = "real".equals(source) ? 0 : Math.max(0, target - real);
            System.out.printf(Locale.ROOT, "source: real simulation traffic %d flows/s (TCP + mutual TLS, %s)"
                            + " + synthetic %d flows/s published into the simulation's event bus (same drain path)%n",
                    real, "real".equals(source) || "auto".equals(source) ? "generator asked for " + target + "/s"
                            : "generator off", synthetic);
            Thread publisher = new Thread(() -> publish(sim.events(), synthetic), "sim-bench-synthetic");
            publisher.setDaemon(true);
            publisher.start();
            Thread.sleep(1000);
            long flowsBefore = flowsSeen(mode);
            DrainStats drainsBefore = onFx(mode::drainStats);
            Recorder recorder = onFx(() -> {
                Recorder r = new Recorder();
                r.start();
                return r;
            });
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long elapsed = System.nanoTime() - t0;
            onFx(() -> {
                recorder.stop();
                return null;
            });
            long flows = flowsSeen(mode) - flowsBefore;
            DrainStats drains = onFx(mode::drainStats);
            publishing = false;
            report(flows, elapsed, drainsBefore, drains);
            reportCpu();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(() -> {
                mode.close();
                Platform.exit();
            });
        }
    }

    /** Publishes {@code perSecond} started-and-ended flows per second in 10 ms slices along the real path. */
    private void publish(EventBus bus, int perSecond) {
        if (perSecond <= 0) {
            return;
        }
        long sent = 0;
        long start = System.nanoTime();
        while (publishing) {
            long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
            for (; sent < due; sent++) {
                Duration at = bus.now();
                String id = "bench-" + sent;
                bus.publish(new SimulationEvent.FlowStarted(at, new FlowView(id, LISTENER, "backend",
                        List.of("west", "east"), List.of("east-to-west"), null, null, 1024, 0, at, null,
                        FlowOutcome.ACTIVE)));
                bus.publish(new SimulationEvent.FlowEnded(at, new FlowView(id, LISTENER, "backend",
                        List.of("west", "east"), List.of("east-to-west"), "east/backend", "east/backend", 1024, 1024,
                        at, at.plusMillis(2), FlowOutcome.COMPLETED)));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void report(long flows, long elapsedNanos, DrainStats before, DrainStats after) {
        long[] s = Arrays.copyOf(samples, sampleCount);
        Arrays.sort(s);
        if (s.length == 0) {
            System.out.println("no frames recorded");
            return;
        }
        double mean = Arrays.stream(s).average().orElse(0);
        long drains = after.drains() - before.drains();
        long events = after.events() - before.events();
        System.out.printf(Locale.ROOT, "flows applied: %d in %.1f s = %.0f flows/s; events %d in %d drains (%.1f per "
                        + "drain, largest %d)%n", flows, elapsedNanos / 1e9, flows / (elapsedNanos / 1e9), events,
                drains, drains == 0 ? 0.0 : events / (double) drains, after.largestBatch());
        System.out.printf(Locale.ROOT, "frame time over %d frames: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f "
                        + "ms, max %.2f ms; frames over 16 ms: %d (%.1f %%); target p50 and p95 < 16 ms: %s%n", s.length,
                ms((long) mean), ms(pct(s, 0.50)), ms(pct(s, 0.95)), ms(pct(s, 0.99)), ms(s[s.length - 1]),
                Arrays.stream(s).filter(v -> v > FRAME_BUDGET_NANOS).count(),
                100.0 * Arrays.stream(s).filter(v -> v > FRAME_BUDGET_NANOS).count() / s.length,
                pct(s, 0.95) < FRAME_BUDGET_NANOS ? "met" : "NOT met");
    }

    /** CPU time the FX and render threads spent between two pulses: what frames cost even when the load stretches them. */
    private void reportCpu() {
        long[] fx = Arrays.copyOf(fxCpu, sampleCount);
        long[] render = Arrays.copyOf(renderCpu, sampleCount);
        if (fx.length == 0) {
            return;
        }
        double fxMean = Arrays.stream(fx).average().orElse(0);
        double renderMean = Arrays.stream(render).average().orElse(0);
        Arrays.sort(fx);
        Arrays.sort(render);
        System.out.printf(Locale.ROOT, "CPU per frame: FX thread mean %.2f ms, p95 %.2f ms, p99 %.2f ms; render thread "
                        + "mean %.2f ms, p95 %.2f ms, p99 %.2f ms (load average %.2f)%n", ms((long) fxMean),
                ms(pct(fx, 0.95)), ms(pct(fx, 0.99)), ms((long) renderMean), ms(pct(render, 0.95)),
                ms(pct(render, 0.99)), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static long renderThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static Simulation awaitSimulation(SimulationMode mode) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Simulation sim = onFx(mode::simulation);
            if (sim != null && sim.notReady().isEmpty()) {
                return sim;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the simulation did not become ready in 60 s");
    }

    private static long flowsSeen(SimulationMode mode) throws Exception {
        return onFx(() -> mode.live().flowsSeen());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(call);
        Platform.runLater(task);
        return task.get();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Records the interval between consecutive pulses and the FX and render threads' CPU time in it. */
    private final class Recorder extends AnimationTimer {
        private final long renderThreadId = renderThread();
        private long last;
        private long lastFx;
        private long lastRender;

        @Override
        public void handle(long now) {
            long fx = threads.getCurrentThreadCpuTime();
            long render = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
            if (last != 0 && sampleCount < samples.length) {
                fxCpu[sampleCount] = fx - lastFx;
                renderCpu[sampleCount] = render - lastRender;
                samples[sampleCount++] = now - last;
            }
            last = now;
            lastFx = fx;
            lastRender = render;
        }
    }
}
