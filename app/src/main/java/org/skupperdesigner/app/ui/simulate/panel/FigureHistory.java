package org.skupperdesigner.app.ui.simulate.panel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The rolling figures of one listener or connector: samples of the last {@code windowSeconds}, oldest first. A
 * sample older than the newest one is ignored (time only moves forward), so a late snapshot cannot fold a chart back.
 */
public final class FigureHistory {

    private final double windowSeconds;
    private final Deque<FigureSample> samples = new ArrayDeque<>();

    public FigureHistory(double windowSeconds) {
        if (windowSeconds <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.windowSeconds = windowSeconds;
    }

    /** Adds a sample and forgets those more than the window older than it. Returns false if it was out of order. */
    public boolean add(FigureSample sample) {
        FigureSample last = samples.peekLast();
        if (last != null && sample.at() <= last.at()) {
            return false;
        }
        samples.addLast(sample);
        while (samples.peekFirst().at() < sample.at() - windowSeconds) {
            samples.removeFirst();
        }
        return true;
    }

    public List<FigureSample> samples() {
        return new ArrayList<>(samples);
    }

    /** The newest sample, or null before the first. */
    public FigureSample latest() {
        return samples.peekLast();
    }

    public int size() {
        return samples.size();
    }

    public double windowSeconds() {
        return windowSeconds;
    }
}
