package org.skupperdesigner.app.ui;

import java.util.function.Supplier;

import org.testfx.api.FxRobot;

/** Reads a value on the FX thread from a TestFX test (scene graph state may only be read there). */
public final class FxReads {

    private FxReads() {
    }

    /** {@code read} evaluated on the FX thread, after the events queued before it. */
    public static <T> T fx(FxRobot robot, Supplier<T> read) {
        Object[] box = new Object[1];
        robot.interact(() -> box[0] = read.get());
        @SuppressWarnings("unchecked")
        T value = (T) box[0];
        return value;
    }
}
