package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;

/** The window title: the app, the design's name, the file it is saved in, and a dot while it has unsaved changes. */
public final class WindowTitle {

    public static final String APP = "Skupper Designer";
    public static final String DIRTY_MARK = " •";

    private WindowTitle() {
    }

    public static String of(String designName, Path file, boolean dirty) {
        String where = file == null || file.getFileName() == null ? " (not saved)" : " — " + file.getFileName();
        return APP + " — " + designName + where + (dirty ? DIRTY_MARK : "");
    }
}
