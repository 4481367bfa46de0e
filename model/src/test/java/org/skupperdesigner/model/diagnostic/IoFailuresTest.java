package org.skupperdesigner.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoFailuresTest {

    @TempDir
    Path tmp;

    @Test
    void aBarePathBecomesASentence() {
        assertThat(IoFailures.describe(new AccessDeniedException("/srv/out"))).isEqualTo("/srv/out: permission denied");
        assertThat(IoFailures.describe(new UncheckedIOException(new NoSuchFileException("/tmp/x.yaml"))))
                .isEqualTo("/tmp/x.yaml: no such file or folder");
        assertThat(IoFailures.describe(new FileSystemException("/a", null, "Read-only file system")))
                .isEqualTo("/a: Read-only file system");
        assertThat(IoFailures.describe(new IOException("disk full"))).isEqualTo("disk full");
        assertThat(IoFailures.describe(new UncheckedIOException("cannot use the network CA /a/ca.pem",
                new AccessDeniedException("/a/ca.pem")))).isEqualTo("cannot use the network CA /a/ca.pem");
        assertThat(IoFailures.describe(new IOException())).isEqualTo("IOException");
        assertThat(IoFailures.describe(new IOException("Input/output error"), Path.of("/a/b.yaml")))
                .isEqualTo("/a/b.yaml: Input/output error");
        assertThat(IoFailures.describe(new AccessDeniedException("/a/b.yaml"), Path.of("/a/b.yaml")))
                .isEqualTo("/a/b.yaml: permission denied");
    }

    @Test
    void aFolderWhereAFileIsReportsWhichAndWhy() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        try {
            Files.createDirectories(file.resolve("sub"));
        } catch (IOException e) {
            assertThat(IoFailures.describe(e)).startsWith(file.toString()).doesNotEndWith(file.toString());
            return;
        }
        throw new AssertionError("a folder was made inside a file");
    }

    @Test
    void aFileWhereAFolderShouldBeIsSaidToBeOne() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "x");

        assertThat(IoFailures.describe(new java.nio.file.FileAlreadyExistsException(file.toString())))
                .isEqualTo(file + ": already exists as a file");
        assertThat(IoFailures.describe(new java.nio.file.FileAlreadyExistsException(tmp.toString())))
                .isEqualTo(tmp + ": already exists");
    }
}
