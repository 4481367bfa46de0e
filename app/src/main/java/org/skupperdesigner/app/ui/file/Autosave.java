package org.skupperdesigner.app.ui.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.network.Network;

/**
 * Writes the open design to {@code <home>/autosave/} every interval while it has unsaved changes, and removes the
 * copy once the design is saved or the window closes cleanly. A copy found at start-up means the last session
 * crashed: the window offers to recover it.
 */
public final class Autosave implements AutoCloseable {

    public static final String FILE_NAME = "recovery.skupper-design.yaml";
    private static final String ORIGIN_NAME = "recovery.origin";

    private final DocumentModel document;
    private final Path dir;
    private final DesignFiles files = new DesignFiles();
    private final Timeline timer;
    private Network lastWritten;

    public Autosave(DocumentModel document, Path dir, Duration interval) {
        this.document = document;
        this.dir = dir;
        this.timer = new Timeline(new KeyFrame(interval, e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        document.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                discard();
            }
        });
    }

    public void start() {
        timer.play();
    }

    /** Writes a recovery copy when there are unsaved changes not yet written. */
    public void saveNow() {
        Network current = document.network();
        if (!document.isDirty() || current.equals(lastWritten)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE_NAME + ".tmp");
            Files.writeString(tmp, files.toText(current), StandardCharsets.UTF_8);
            Files.move(tmp, recoveryFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path origin = document.file();
            Files.writeString(dir.resolve(ORIGIN_NAME), origin == null ? "" : origin.toAbsolutePath().toString(),
                    StandardCharsets.UTF_8);
            lastWritten = current;
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Autosave.class).warn("autosave failed", e);
        }
    }

    public Path recoveryFile() {
        return dir.resolve(FILE_NAME);
    }

    /** A recovery copy left by a session that did not end cleanly. */
    public Optional<Path> pendingRecovery() {
        return Files.isRegularFile(recoveryFile()) ? Optional.of(recoveryFile()) : Optional.empty();
    }

    /** The file the recovery copy was edited from, if it had one. */
    public Optional<Path> recoveryOrigin() {
        try {
            Path origin = dir.resolve(ORIGIN_NAME);
            String text = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).trim() : "";
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Moves an unreadable recovery copy out of the way (so the next autosave cannot overwrite it) and returns where
     * it went.
     */
    public Path setAside() {
        Path kept = dir.resolve("recovery-" + System.currentTimeMillis() + ".unreadable.yaml");
        try {
            Files.move(recoveryFile(), kept, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(dir.resolve(ORIGIN_NAME));
            return kept;
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Autosave.class).warn("cannot move {} aside", recoveryFile(), e);
            return recoveryFile();
        }
    }

    public void discard() {
        lastWritten = null;
        try {
            Files.deleteIfExists(recoveryFile());
            Files.deleteIfExists(dir.resolve(ORIGIN_NAME));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Autosave.class).warn("cannot remove {}", recoveryFile(), e);
        }
    }

    @Override
    public void close() {
        timer.stop();
    }
}
