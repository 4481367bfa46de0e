package org.skupperdesigner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.testing.Kubeconfig;
import org.skupperdesigner.exporters.testing.MockCluster;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.design.DesignFiles;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;

/**
 * apply, diff and import --from-cluster from the command line, end to end: a kubeconfig file whose contexts point at
 * three mock clusters with a fake Skupper controller, exactly the code path used against real clusters.
 */
class ClusterCommandsTest {

    @TempDir
    Path tmp;

    private ThreeClusters clusters;
    private Path kubeconfig;
    private Path design;

    @BeforeEach
    void start() throws Exception {
        clusters = new ThreeClusters();
        Map<String, MockCluster> contexts = new LinkedHashMap<>();
        clusters.all().forEach(c -> contexts.put(c.name(), c));
        kubeconfig = Kubeconfig.write(tmp.resolve("kubeconfig"), contexts);
        design = tmp.resolve("three.skupper-design.yaml");
        new DesignFiles().save(ThreeClusters.design(), design);
    }

    @AfterEach
    void stop() {
        clusters.close();
    }

    private CliRun apply(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(design.toString(), "--kubeconfig", kubeconfig.toString(),
                "--timeout", "20s", "--poll", "50ms"));
        args.addAll(List.of(extra));
        return CliRun.of(new ApplyCommand(), args.toArray(String[]::new));
    }

    private CliRun diff() {
        return CliRun.of(new DiffCommand(), design.toString(), "--kubeconfig", kubeconfig.toString());
    }

    @Test
    void applyThenDiffThenImportFromCluster() throws Exception {
        CliRun applied = apply();
        assertThat(applied.exit()).as(applied.out() + applied.err()).isZero();
        assertThat(applied.out()).contains("Plan for network three:").contains("+ AccessGrant/east-to-west")
                .contains("wait for Site west to be Ready").contains("Applied: ");

        CliRun inSync = diff();
        assertThat(inSync.exit()).as(inSync.out() + inSync.err()).isZero();
        assertThat(inSync.out()).contains("site west (context west, namespace west-ns): in sync")
                .contains("The design and the live network match.");

        Path imported = tmp.resolve("imported.skupper-design.yaml");
        CliRun read = CliRun.of(new ImportCommand(), "--from-cluster", "west/west-ns", "east", "north/north-ns",
                "--kubeconfig", kubeconfig.toString(), "-o", imported.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("imported 3 site(s), 2 link(s)");
        LoadedNetwork reopened = new DesignFiles().open(imported);
        assertThat(reopened.network().links()).extracting(l -> l.id() + ":" + l.fromSite() + "->" + l.toSite()
                + "@" + l.cost()).containsExactlyInAnyOrder("east-to-west:east->west@1", "north-to-west:north->west@5");
        assertThat(reopened.network().site("west").orElseThrow().target()).isEqualTo(SiteTarget.kubeContext("west"));
    }

    @Test
    void diffShowsDriftAndDryRunShowsTheFieldsWithoutWriting() throws Exception {
        assertThat(apply().exit()).isZero();
        Network changed = ThreeClusters.design().updateSite("west", s -> s.withResource(new Listener(
                ObjectMeta.named("backend"), ListenerSpec.of("backend", "backend", 9090))));
        new DesignFiles().save(changed, design);

        CliRun drift = diff();
        assertThat(drift.exit()).isEqualTo(DiffCommand.EXIT_DRIFT);
        assertThat(drift.out()).contains("~ Listener/backend (spec.port: 8080 -> 9090)   (live -> design)");

        CliRun dry = apply("--dry-run");
        assertThat(dry.exit()).as(dry.out() + dry.err()).isZero();
        assertThat(dry.out()).contains("Plan (dry run)").contains("would write ~ Listener/backend (spec.port: 8080 "
                + "-> 9090)").contains("Dry run finished: 1 change(s) would be made");
        assertThat(((Number) clusters.west.get("Listener", "west-ns", "backend").get("spec", "port")).intValue())
                .isEqualTo(8080);
    }

    @Test
    void aSiteWithAnUnknownContextStopsTheApplyWithASentenceSayingWhatToDo() throws Exception {
        new DesignFiles().save(ThreeClusters.design().updateSite("east", s -> s.withTarget(
                SiteTarget.kubeContext("staging"))), design);

        CliRun run = apply();

        assertThat(run.exit()).isEqualTo(SkupperDesignerCommand.EXIT_PROBLEMS);
        assertThat(run.out()).contains("error: site east: the kubeconfig has no context 'staging' (it has: east, "
                + "north, west)");
        assertThat(run.err()).contains("nothing was written");
        assertThat(clusters.west.allSkupper()).isEmpty();
    }

    @Test
    void importNeedsPathsOrClusters() {
        CliRun run = CliRun.of(new ImportCommand(), "-o", tmp.resolve("x.yaml").toString());

        assertThat(run.exit()).isEqualTo(SkupperDesignerCommand.EXIT_USAGE);
        assertThat(run.err()).contains("give either PATH... or --from-cluster");
    }
}
