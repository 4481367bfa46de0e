package org.skupperdesigner.app.ui.file;

import java.nio.file.Path;

/**
 * The designer's own folder (recent files, autosaves, scenario reports): {@code ~/.skupper-designer} unless the system property
 * {@code skupper.designer.home} says otherwise (tests use a temporary folder).
 */
public record DesignerHome(Path dir) {

    public static DesignerHome fromSystem() {
        String override = System.getProperty("skupper.designer.home");
        return new DesignerHome(override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".skupper-designer"));
    }

    public Path autosaveDir() {
        return dir.resolve("autosave");
    }

    /** Scenario reports made in the window (kept to the newest few). */
    public Path reportsDir() {
        return dir.resolve("reports");
    }

    public Path recentFilesList() {
        return dir.resolve("recent-files.txt");
    }
}
