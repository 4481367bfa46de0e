package org.skupperdesigner.app.ui.bench;

import javafx.application.Application;

/**
 * Benchmark of the designer window on a generated 500-site design: time to open (load the file, build the window,
 * first frame on screen) and frame times while panning and zooming programmatically. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw -cp ... \
 *     org.skupperdesigner.app.ui.bench.DesignerBench [sites] [frames]</pre>
 *
 * Pulses run uncapped ({@code javafx.animation.fullspeed}) so the interval between two pulses is the real cost of a
 * frame (CSS, layout and rendering) rather than the 60 Hz pulse timer.
 */
public final class DesignerBench {

    private DesignerBench() {
    }

    public static void main(String[] args) {
        System.setProperty("javafx.animation.fullspeed", "true");
        Application.launch(DesignerBenchApp.class, args);
    }
}
