package org.skupperdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell functions ./skupper-designer starts the JVM with ({@code src/main/sh/designer-jvm.sh}): which command
 * lines are window runs (the only ones given the class-data sharing archive) and when that archive is stale.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/sh/designer-jvm.sh").toAbsolutePath();
    private static final Instant ARCHIVE_MADE = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path root;

    private Path archive;
    private Path jar;
    private Path libJar;
    private Path javaBin;
    private Path libjvm;

    @BeforeEach
    void checkoutWithAnArchive() throws Exception {
        Path target = Files.createDirectories(root.resolve("app/target/lib"));
        jar = Files.writeString(root.resolve("app/target/app-0.1.0-SNAPSHOT.jar"), "jar");
        libJar = Files.writeString(target.resolve("model-0.1.0-SNAPSHOT.jar"), "jar");
        archive = Files.writeString(Path.of(run("designer_cds_archive \"$1\"", root.toString()).output().strip()),
                "archive");
        // a JDK of its own, so that its libjvm's age is the test's to set
        javaBin = Files.writeString(Files.createDirectories(root.resolve("jdk/bin")).resolve("java"), "");
        javaBin.toFile().setExecutable(true);
        libjvm = Files.writeString(Files.createDirectories(root.resolve("jdk/lib/server")).resolve("libjvm.so"), "");
        for (Path p : List.of(jar, libJar, target, libjvm)) {
            age(p, ARCHIVE_MADE.minusSeconds(3600));
        }
        age(archive, ARCHIVE_MADE);
    }

    @Test
    void noArgumentsOrOneFileToOpenAreWindowRuns() throws Exception {
        Path design = Files.writeString(root.resolve("shop.skupper-design.yaml"), "");
        Path yamlFolder = Files.createDirectories(root.resolve("yaml"));

        assertThat(windowRun()).isTrue();
        assertThat(windowRun(design.toString())).isTrue();
        assertThat(windowRun(yamlFolder.toString())).isTrue();
        // a design that does not exist yet still goes to the window, which says so
        assertThat(windowRun(root.resolve("new.skupper-design.yaml").toString())).isTrue();
    }

    @Test
    void subcommandsOptionsAndSeveralArgumentsAreNot() throws Exception {
        Path design = Files.writeString(root.resolve("shop.skupper-design.yaml"), "");

        assertThat(windowRun("validate", design.toString())).isFalse();
        assertThat(windowRun("--help")).isFalse();
        assertThat(windowRun("version")).isFalse();
        assertThat(windowRun("-")).isFalse();
    }

    @Test
    void anArchiveNewerThanEverythingItWasMadeFromIsFresh() throws Exception {
        assertThat(fresh()).isTrue();
    }

    @Test
    void aRebuiltJarMakesTheArchiveStale() throws Exception {
        age(jar, ARCHIVE_MADE.plusSeconds(1));
        assertThat(fresh()).isFalse();
    }

    @Test
    void aChangedLibraryMakesTheArchiveStale() throws Exception {
        age(libJar, ARCHIVE_MADE.plusSeconds(1));
        assertThat(fresh()).isFalse();
    }

    @Test
    void aLibraryAddedOrRemovedMakesTheArchiveStale() throws Exception {
        age(root.resolve("app/target/lib"), ARCHIVE_MADE.plusSeconds(1));
        assertThat(fresh()).isFalse();
    }

    @Test
    void anUpdatedJdkMakesTheArchiveStale() throws Exception {
        age(libjvm, ARCHIVE_MADE.plusSeconds(1));
        assertThat(fresh()).isFalse();
    }

    @Test
    void aMissingOrEmptyArchiveIsNotFresh() throws Exception {
        Files.writeString(archive, "");
        age(archive, ARCHIVE_MADE);
        assertThat(fresh()).isFalse();
        Files.delete(archive);
        assertThat(fresh()).isFalse();
    }

    @Test
    void theArchiveIsNamedForWhereTheCheckoutIs(@TempDir Path elsewhere) throws Exception {
        // an archive holds absolute jar paths: a moved checkout must not pick up the one made before the move
        Path here = archive;
        Path there = Path.of(run("designer_cds_archive \"$1\"", elsewhere.toString()).output().strip());

        assertThat(here.getParent()).isEqualTo(root.resolve("app/target"));
        assertThat(here.getFileName().toString()).startsWith("skupper-designer-window-").endsWith(".jsa");
        assertThat(there.getFileName()).isNotEqualTo(here.getFileName());
    }

    @Test
    void anArchiveIsMadeOnlyOnAJdkWithItsOwnArchive() throws Exception {
        // without the JDK's base archive the JVM would refuse to start with -XX:ArchiveClassesAtExit
        assertThat(canMake()).isFalse();
        Files.writeString(libjvm.resolveSibling("classes.jsa"), "base");
        assertThat(canMake()).isTrue();
    }

    @Test
    void theJvmOptionsRunJavaFxAsModulesWithTheAppJarFirstOnTheClassPath() throws Exception {
        Files.writeString(root.resolve("app/target/lib/javafx-base-21-linux.jar"), "jar");

        Result r = run("designer_jvm_options \"$1\"; printf '%s\\n' \"${DESIGNER_JVM_OPTIONS[@]}\"", root.toString());

        List<String> options = r.output().lines().toList();
        assertThat(options).contains("--module-path", root.resolve("app/target/lib/javafx-base-21-linux.jar").toString(),
                "--add-modules", "javafx.controls,javafx.swing");
        // the class path the archive was made with must stay a prefix of every later one
        assertThat(options.get(options.size() - 1)).isEqualTo(jar + ":" + root.resolve("app/target/lib") + "/*");
        // the benches' classes are appended after it
        Result bench = run("designer_jvm_options \"$1\" \"$2\"; printf '%s\\n' \"${DESIGNER_JVM_OPTIONS[@]}\"",
                root.toString(), "/bench/classes");
        assertThat(bench.output().lines().reduce((a, b) -> b)).contains(
                jar + ":" + root.resolve("app/target/lib") + "/*:/bench/classes");
    }

    private boolean windowRun(String... args) throws Exception {
        return run("designer_is_window_run \"$@\"", args).status() == 0;
    }

    private boolean fresh() throws Exception {
        return run("designer_cds_fresh \"$1\" \"$2\"", root.toString(), javaBin.toString()).status() == 0;
    }

    private boolean canMake() throws Exception {
        return run("designer_cds_can_make \"$1\" \"$2\"", root.toString(), javaBin.toString()).status() == 0;
    }

    private static void age(Path p, Instant when) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(when));
    }

    private record Result(int status, String output) {
    }

    /** Sources the script in a fresh bash and runs {@code body} with {@code args} as $1, $2, ... */
    private static Result run(String body, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"" + SCRIPT + "\"; " + body, "test"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return new Result(p.exitValue(), out);
    }
}
