package org.skupperdesigner.app.ui.simulate;

import java.util.Locale;

/** Short human units for labels. */
final class Units {

    private Units() {
    }

    static String bytes(double n) {
        if (n < 1024) {
            return String.format(Locale.ROOT, "%.0f B", n);
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024);
        }
        if (n < 1024.0 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / 1024 / 1024);
        }
        return String.format(Locale.ROOT, "%.2f GiB", n / 1024 / 1024 / 1024);
    }

    static String rate(double bytesPerSecond) {
        return bytes(bytesPerSecond) + "/s";
    }
}
