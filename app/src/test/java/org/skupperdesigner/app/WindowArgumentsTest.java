package org.skupperdesigner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.skupperdesigner.app.cli.SkupperDesignerCommand;

class WindowArgumentsTest {

    private static final Set<String> NAMES = SkupperDesignerCommand.subcommandNames();
    private static final Supplier<Set<String>> SUBCOMMANDS = () -> NAMES;

    @TempDir
    Path dir;

    @Test
    void noArgumentsIsTheWindowWithItsUsualDesign() {
        assertThat(WindowArguments.of(new String[0], SUBCOMMANDS)).contains(Optional.empty());
    }

    @Test
    void oneDesignFileOrYamlFolderOpensInTheWindow() throws Exception {
        Path design = Files.writeString(dir.resolve("shop.skupper-design.yaml"), "x");
        assertThat(WindowArguments.of(new String[] {design.toString()}, SUBCOMMANDS)).contains(Optional.of(design));
        assertThat(WindowArguments.of(new String[] {dir.toString()}, SUBCOMMANDS)).contains(Optional.of(dir));
        // a design that is not there: the window says so (rather than the command line calling it a typo)
        Path gone = dir.resolve("gone.skupper-design.yaml");
        assertThat(WindowArguments.of(new String[] {gone.toString()}, SUBCOMMANDS)).contains(Optional.of(gone));
    }

    @Test
    void subcommandsOptionsTyposAndSeveralArgumentsStayOnTheCommandLine() {
        assertThat(NAMES).contains("validate", "export", "bench", "help")
                .isEqualTo(SkupperDesignerCommand.commandLine().getSubcommands().keySet());
        assertThat(WindowArguments.of(new String[] {"validate"}, SUBCOMMANDS)).isEmpty();
        // a subcommand wins over a folder of the same name
        assertThat(WindowArguments.of(new String[] {dir.toString()}, () -> Set.of(dir.toString()))).isEmpty();
        assertThat(WindowArguments.of(new String[] {"--help"}, SUBCOMMANDS)).isEmpty();
        assertThat(WindowArguments.of(new String[] {"valdate"}, SUBCOMMANDS)).isEmpty();
        assertThat(WindowArguments.of(new String[] {dir.toString(), "x"}, SUBCOMMANDS)).isEmpty();
        assertThat(WindowArguments.of(new String[] {dir.resolve("missing.yaml").toString()}, SUBCOMMANDS)).isEmpty();
    }
}
