package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ScratchDirectoriesTest {

    @Test
    void aScratchFolderAndWhatWasWrittenInItAreDeleted() throws Exception {
        Path dir = ScratchDirectories.create("scratch-test");
        Files.createDirectories(dir.resolve("autosave"));
        Files.writeString(dir.resolve("autosave/design.yaml"), "sites: []\n");
        assertThat(dir.getFileName().toString()).startsWith("scratch-test");

        ScratchDirectories.deleteAll();

        assertThat(dir).doesNotExist();
    }
}
