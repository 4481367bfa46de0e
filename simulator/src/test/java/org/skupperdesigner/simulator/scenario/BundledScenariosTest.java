package org.skupperdesigner.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.simulator.controller.NetworkPlanner;
import org.skupperdesigner.simulator.settings.SimulationSettingsParser;
import org.skupperdesigner.simulator.testing.TestNetworks;

/** The scenarios in examples/scenarios read cleanly and name only what their design has. */
class BundledScenariosTest {
    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(TestNetworks.examples().resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".scenario.yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> designs() throws IOException {
        try (Stream<Path> files = Files.list(TestNetworks.examples().resolve("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".skupper-design.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenarioReadsWithoutProblemsAndMatchesItsDesign(Path file) throws IOException {
        ScenarioParser.Result result = new ScenarioParser().parse(file, Files.readString(file));

        assertThat(result.diagnostics()).isEmpty();
        Scenario scenario = result.scenario();
        assertThat(scenario.design()).exists();
        assertThat(scenario.expectations()).isNotEmpty();
        Network network = TestNetworks.load(scenario.design());
        List<Diagnostic> problems = new ArrayList<>();
        var settings = SimulationSettingsParser.parse(network.simulation(), "simulation", null, problems)
                .overlaidWith(SimulationSettingsParser.parse(scenario.simulation(), "simulation", null, problems), true);
        problems.addAll(ScenarioChecks.check(scenario, network, NetworkPlanner.plan(network, settings)));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("designs")
    void scenarioDesignsAreInTheDesignFilesCanonicalForm(Path file) throws IOException {
        DesignFiles files = new DesignFiles();
        assertThat(files.toText(files.open(file).network())).isEqualTo(Files.readString(file));
    }
}
