package org.skupperdesigner.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.skupperdesigner.model.diagnostic.IoFailures;

/** The root command: {@code skupper-designer <subcommand>}. */
@Command(name = "skupper-designer", mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = {"Design, validate, simulate, export and apply Skupper v2 application networks.", ""},
        subcommands = {VersionCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
                AnalyzeCommand.class, SimulateCommand.class, BenchCommand.class,
                ApplyCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class SkupperDesignerCommand implements Callable<Integer> {

    /** Exit code: the input has problems (errors in files, failed expectations). */
    public static final int EXIT_PROBLEMS = 1;
    /** Exit code: the command line itself is wrong. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The subcommands' names, read from the annotations (without building the command line). */
    public static java.util.Set<String> subcommandNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Class<?> sub : SkupperDesignerCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(java.util.List.of(command.aliases()));
        }
        return names;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SkupperDesignerCommand());
        cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + IoFailures.describe(e));
            return EXIT_PROBLEMS;
        });
        return cli;
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    /** For tests: runs with the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
