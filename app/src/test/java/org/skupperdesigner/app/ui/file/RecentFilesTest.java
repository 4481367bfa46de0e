package org.skupperdesigner.app.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheMostRecentFirstWithoutDuplicatesBoundedAndSurvivesARestart() {
        Path store = dir.resolve("home/recent-files.txt");
        RecentFiles recent = new RecentFiles(store);
        List<Path> designs = IntStream.range(0, RecentFiles.MAX + 2).mapToObj(i -> dir.resolve("d" + i + ".yaml"))
                .toList();
        designs.forEach(recent::add);
        recent.add(designs.get(5));

        assertThat(recent.files()).hasSize(RecentFiles.MAX);
        assertThat(recent.files().get(0)).isEqualTo(designs.get(5));
        assertThat(recent.files().get(1)).isEqualTo(designs.get(RecentFiles.MAX + 1));
        assertThat(recent.files()).doesNotContain(designs.get(0), designs.get(1)).doesNotHaveDuplicates();
        assertThat(new RecentFiles(store).files()).containsExactlyElementsOf(recent.files());
    }

    @Test
    void aDamagedStoreKeepsTheUsableLinesAndRemoveForgetsAFile() throws Exception {
        Path store = dir.resolve("recent-files.txt");
        Path a = dir.resolve("a.skupper-design.yaml");
        Files.writeString(store, a + "\n\n   \nbad\u0000name\n" + a + "\n");
        RecentFiles recent = new RecentFiles(store);
        assertThat(recent.files()).containsExactly(a);
        recent.remove(a);
        assertThat(recent.files()).isEmpty();
        assertThat(Files.readAllLines(store)).isEmpty();
    }

    @Test
    void labelsNameTheFileAndItsFolder() {
        assertThat(RecentFiles.label(Path.of("/work/team/net.skupper-design.yaml")))
                .isEqualTo("net.skupper-design.yaml  —  team");
    }
}
