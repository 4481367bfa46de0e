package org.skupperdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.skupperdesigner.app.ui.training.CanvasWorkout;

/**
 * The shell functions ./skupper-designer starts the JVM with ({@code src/main/sh/designer-jvm.sh}): which command
 * lines are window runs (the only ones given the window's archive), which JDK the window runs on, which kind of
 * archive that JDK records and maps (a dynamic CDS archive, or from JDK 25 an AOT cache), and when it is stale.
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
        // a JDK of its own, so that its libjvm's age is the test's to set
        javaBin = Files.writeString(Files.createDirectories(root.resolve("jdk/bin")).resolve("java"), "");
        javaBin.toFile().setExecutable(true);
        libjvm = Files.writeString(Files.createDirectories(root.resolve("jdk/lib/server")).resolve("libjvm.so"), "");
        archive = Files.writeString(archiveFor(javaBin), "archive");
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
        Path there = Path.of(run("designer_cds_archive \"$1\" \"$2\"", elsewhere.toString(), javaBin.toString())
                .output().strip());

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

    @Test
    void onJdk25OrLaterTheArchiveIsAnAotCacheOfItsOwn() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.15");
        Path jdk25 = jdk("jdk-25", "25.0.3");

        assertThat(archiveFor(jdk17).getFileName().toString()).endsWith(".jsa");
        assertThat(archiveFor(jdk25).getFileName().toString()).endsWith(".aot");
        // one archive per JDK: a cache made by another JVM would not be mapped
        assertThat(archiveFor(jdk("jdk-26", "26")).getFileName()).isNotEqualTo(archiveFor(jdk25).getFileName());
        assertThat(options("designer_cds_use \"$1\" \"$2\"", root.toString(), jdk25.toString()))
                .contains("-XX:AOTCache=" + archiveFor(jdk25)).doesNotContain("-Xshare:auto");
        assertThat(options("designer_cds_use \"$1\" \"$2\"", root.toString(), jdk17.toString()))
                .contains("-XX:SharedArchiveFile=" + archiveFor(jdk17), "-Xshare:auto");
        assertThat(options("designer_cds_record \"$1\" \"$2\" /t/partial", root.toString(), jdk25.toString()))
                .contains("-XX:AOTMode=record", "-XX:AOTConfiguration=/t/partial.config",
                        "-D" + CanvasWorkout.PROPERTY + "=true");
        // a dynamic archive keeps classes, not profiles: nothing to train it for
        assertThat(options("designer_cds_record \"$1\" \"$2\" /t/partial", root.toString(), jdk17.toString()))
                .contains("-XX:ArchiveClassesAtExit=/t/partial")
                .noneMatch(o -> o.startsWith("-D" + CanvasWorkout.PROPERTY));
    }

    @Test
    void anAotCacheNeedsNoBaseArchiveToBeMade() throws Exception {
        Path jdk25 = jdk("jdk-25", "25.0.3");
        assertThat(run("designer_cds_can_make \"$1\" \"$2\"", root.toString(), jdk25.toString()).status()).isZero();
    }

    @Test
    void aRecordedAotConfigurationIsAssembledIntoTheCacheAndTheScratchFilesGo() throws Exception {
        Path jdk25 = jdk("jdk-25", "25.0.3");
        Path partial = root.resolve("app/target/window.aot.1.partial");
        Files.writeString(Path.of(partial + ".config"), "classes and profiles");

        Result r = run("designer_jvm_options \"$1\"; designer_cds_complete \"$1\" \"$2\" \"$3\"", root.toString(),
                jdk25.toString(), partial.toString());

        assertThat(r.status()).as(r.output()).isZero();
        // the fake JDK's java writes the cache it is asked to create, with the options it was given
        assertThat(Files.readString(archiveFor(jdk25))).contains("-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + partial + ".config", "--module-path");
        assertThat(partial).doesNotExist();
        assertThat(Path.of(partial + ".config")).doesNotExist();
    }

    @Test
    void aFailedAssemblyLeavesNoCacheAndNoScratchFiles() throws Exception {
        Path jdk25 = jdk("jdk-25", "25.0.3");
        Files.writeString(jdk25.resolveSibling("fail"), "");
        Path partial = root.resolve("app/target/window.aot.1.partial");
        Files.writeString(Path.of(partial + ".config"), "classes and profiles");

        run("designer_cds_complete \"$1\" \"$2\" \"$3\"", root.toString(), jdk25.toString(), partial.toString());

        assertThat(archiveFor(jdk25)).doesNotExist();
        assertThat(partial).doesNotExist();
        assertThat(Path.of(partial + ".config")).doesNotExist();
    }

    @Test
    void aRunThatRecordedNothingLeavesNoCache() throws Exception {
        Path jdk25 = jdk("jdk-25", "25.0.3");
        Path partial = root.resolve("app/target/window.aot.1.partial");

        run("designer_cds_complete \"$1\" \"$2\" \"$3\"", root.toString(), jdk25.toString(), partial.toString());

        assertThat(archiveFor(jdk25)).doesNotExist();
        assertThat(partial).doesNotExist();
    }

    @Test
    void theWindowRunsOnTheNewestJdk25OrLaterInstalled() throws Exception {
        jdk("jdk-17", "17.0.15");
        jdk("jdk-25", "25.0.3");
        Path jdk26 = jdk("jdk-26", "26.0.1");
        assertThat(windowJava(Map.of())).isEqualTo(jdk26.toString());
    }

    @Test
    void withoutJdk25TheWindowRunsOnJavaAsBefore() throws Exception {
        jdk("jdk-17", "17.0.15");
        jdk("jdk-21", "21.0.8");
        assertThat(windowJava(Map.of())).isEqualTo("java");
    }

    @Test
    void javaHomeCountsAndSkupperDesignerJavaDecides() throws Exception {
        jdk("jdk-17", "17.0.15");
        Path elsewhere = Files.createDirectories(root.resolve("opt"));
        Path home25 = jdk(elsewhere, "temurin-25", "25.0.3");
        assertThat(windowJava(Map.of("JAVA_HOME", home25.getParent().getParent().toString())))
                .isEqualTo(home25.toString());
        assertThat(windowJava(Map.of("JAVA_HOME", home25.getParent().getParent().toString(),
                "SKUPPER_DESIGNER_JAVA", "/usr/bin/java"))).isEqualTo("/usr/bin/java");
    }

    @Test
    void jdk25IsGivenWhatJavaFxAndNettyNeedToStartWithoutWarningsAndJdk17Nothing() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.15");
        Path jdk25 = jdk("jdk-25", "25.0.3");
        assertThat(options("designer_jdk_options \"$1\"", jdk17.toString())).isEmpty();
        assertThat(options("designer_jdk_options \"$1\"", jdk25.toString())).containsExactly(
                "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=javafx.graphics,ALL-UNNAMED");
    }

    /** A fake JDK under root/jdks: a release file, a libjvm, and a java that writes the AOT cache it is asked for. */
    private Path jdk(String name, String version) throws Exception {
        return jdk(Files.createDirectories(root.resolve("jdks")), name, version);
    }

    private static Path jdk(Path folder, String name, String version) throws Exception {
        Path home = Files.createDirectories(folder.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.writeString(Files.createDirectories(home.resolve("lib/server")).resolve("libjvm.so"), "");
        Path java = Files.writeString(Files.createDirectories(home.resolve("bin")).resolve("java"), """
                #!/usr/bin/env bash
                [ -e "$(dirname "$0")/fail" ] && exit 1
                for a in "$@"; do case "$a" in -XX:AOTCache=*) printf '%s\\n' "$@" > "${a#-XX:AOTCache=}" ;; esac; done
                """);
        java.toFile().setExecutable(true);
        return java;
    }

    private Path archiveFor(Path java) throws Exception {
        return Path.of(run("designer_cds_archive \"$1\" \"$2\"", root.toString(), java.toString()).output().strip());
    }

    /** What designer_window_java answers with the fake JDKs installed and java on the PATH being JDK 17's. */
    private String windowJava(Map<String, String> env) throws Exception {
        Path pathJava = root.resolve("jdks/jdk-17/bin");
        Map<String, String> all = new HashMap<>(Map.of("SKUPPER_DESIGNER_JDKS", root.resolve("jdks").toString(),
                "PATH", pathJava + ":/usr/bin:/bin", "JAVA_HOME", "", "SKUPPER_DESIGNER_JAVA", ""));
        all.putAll(env);
        return run(all, "designer_window_java").output().strip();
    }

    /** What a function adds to DESIGNER_JVM_OPTIONS, one option per element. */
    private static List<String> options(String body, String... args) throws Exception {
        Result r = run("DESIGNER_JVM_OPTIONS=(); " + body + "; printf '%s\\n' \"${DESIGNER_JVM_OPTIONS[@]}\"", args);
        return r.output().lines().filter(l -> !l.isEmpty()).toList();
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
        return run(Map.of(), body, args);
    }

    private static Result run(Map<String, String> env, String body, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"" + SCRIPT + "\"; " + body, "test"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return new Result(p.exitValue(), out);
    }
}
