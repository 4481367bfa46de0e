package org.skupperdesigner.model.diagnostic;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * A file-system failure as a sentence: Java's own message is often the bare path ({@code /srv/out}), which tells
 * a user neither what went wrong nor where to look.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /** "/srv/out: permission denied", "/tmp/x.yaml: no such file or folder", or the exception's own message. */
    public static String describe(Throwable failure) {
        Throwable e = failure;
        if (failure instanceof UncheckedIOException && failure.getCause() != null
                && (failure.getMessage() == null || failure.getMessage().equals(failure.getCause().toString()))) {
            e = failure.getCause(); // a plain wrapper: its message is only the cause's class and message
        }
        if (e instanceof FileSystemException f) {
            String what = what(f);
            String reason = f.getReason();
            String other = f.getOtherFile() == null ? "" : " (with " + f.getOtherFile() + ")";
            return f.getFile() + other + ": " + what
                    + (reason != null && !reason.equalsIgnoreCase(what) ? " (" + reason + ")" : "");
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the file system is read-only";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Like {@link #describe(Throwable)}, naming {@code about} first when the failure itself does not name it. */
    public static String describe(Throwable failure, java.nio.file.Path about) {
        String text = describe(failure);
        return text.contains(about.toString()) ? text : about + ": " + text;
    }

    private static String what(FileSystemException f) {
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof FileAlreadyExistsException) {
            return f.getFile() != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(f.getFile()))
                    ? "already exists as a file" : "already exists";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return f.getReason() != null ? f.getReason() : "cannot be read or written";
    }
}
