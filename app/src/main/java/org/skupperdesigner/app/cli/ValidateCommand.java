package org.skupperdesigner.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.validation.ValidationReport;
import org.skupperdesigner.model.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skupper-designer validate <design or YAML files>}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check design files (each on its own) or Skupper YAML (files or folders) against every Skupper rule and the "
                + "mistakes Skupper only finds after deploying: unmatched routing keys, links to sites without link "
                + "access, edge-site mistakes, port clashes, token rollout problems. Rules: docs/validation-rules.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may remain)", "1:errors found", "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    NetworkInputs inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (grouped by site, with file:line) or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (inputs.missing().isPresent()) {
            spec.commandLine().getErr().println("error: " + inputs.missing().get());
            spec.commandLine().getErr().flush();
            return SkupperDesignerCommand.EXIT_USAGE;
        }
        // Each design file is its own network; the remaining YAML paths are imported together as one.
        List<ValidationPrinter.Result> results = new ArrayList<>();
        List<Path> yaml = new ArrayList<>();
        Validator validator = new Validator();
        for (Path p : inputs.paths) {
            if (Files.isRegularFile(p) && NetworkLoader.isDesignFile(p)) {
                results.add(validate(validator, p.toString(), List.of(p)));
            } else {
                yaml.add(p);
            }
        }
        if (!yaml.isEmpty()) {
            results.add(validate(validator, yaml.stream().map(Path::toString).reduce((a, b) -> a + " " + b)
                    .orElse(""), yaml));
        }
        ValidationPrinter printer = new ValidationPrinter(results);
        if (format == OutputFormat.json) {
            printer.printJson(spec.commandLine().getOut());
        } else {
            printer.printText(spec.commandLine().getOut());
        }
        return printer.hasErrors() ? SkupperDesignerCommand.EXIT_PROBLEMS : 0;
    }

    private static ValidationPrinter.Result validate(Validator validator, String source, List<Path> paths) {
        LoadedNetwork loaded = NetworkLoader.load(paths);
        ValidationReport report = validator.validate(loaded.network());
        return new ValidationPrinter.Result(source, loaded, report);
    }
}
