package org.skupperdesigner.app.ui.simulate;

/**
 * How the UI has taken in a simulation's events so far: the designer drains the event subscription once per pulse,
 * so {@code drains} follows the pulse count while {@code events} follows the traffic. Many events per drain is the
 * point; one drain per event would mean per-event hops onto the UI thread.
 *
 * @param drains         drain calls (one per pulse while a session runs)
 * @param nonEmptyDrains drains that returned at least one event
 * @param events         events taken in
 * @param largestBatch   the most events one drain returned
 */
public record DrainStats(long drains, long nonEmptyDrains, long events, int largestBatch) {

    public static final DrainStats NONE = new DrainStats(0, 0, 0, 0);

    DrainStats plus(int batch) {
        return new DrainStats(drains + 1, nonEmptyDrains + (batch > 0 ? 1 : 0), events + batch,
                Math.max(largestBatch, batch));
    }
}
