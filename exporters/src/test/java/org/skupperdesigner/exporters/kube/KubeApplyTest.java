package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.exporters.plan.ApplyEvent;
import org.skupperdesigner.exporters.plan.ApplyRequest;
import org.skupperdesigner.exporters.plan.ApplyResult;
import org.skupperdesigner.exporters.plan.ResourceChange;
import org.skupperdesigner.exporters.system.SkupperCommand;
import org.skupperdesigner.exporters.testing.ThreeClusters;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;

class KubeApplyTest {

    @TempDir
    Path systemRoot;

    private ThreeClusters clusters;
    private ClusterConnector connector;
    private NetworkApplier applier;
    private final List<ApplyEvent> events = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        clusters = new ThreeClusters();
        connector = clusters.connector();
        applier = clusters.applier(connector, systemRoot, NO_SKUPPER);
    }

    @AfterEach
    void stop() {
        applier.close();
        connector.close();
        clusters.close();
    }

    static final SkupperCommand NO_SKUPPER = new SkupperCommand() {
        @Override
        public boolean installed() {
            return false;
        }

        @Override
        public Result run(List<String> args, java.time.Duration timeout) {
            return new Result(-1, "not installed");
        }
    };

    @Test
    void threeSitesComeUpInOrderAcceptingSiteFirstThenGrantsThenTokensThenServices() {
        PlannedApply planned = applier.plan(ThreeClusters.design(), ApplyRequest.all());
        assertThat(planned.plan().findings()).noneMatch(f -> f.isError());

        ApplyResult result = applier.apply(planned, events::add);

        assertThat(result.failure()).isNull();
        assertThat(result.success()).isTrue();
        List<String> started = events.stream().filter(e -> e instanceof ApplyEvent.StepStarted)
                .map(e -> ((ApplyEvent.StepStarted) e).step()).map(s -> s.kind() + ":" + s.siteId()).toList();
        assertThat(started.stream().filter(s -> s.startsWith("SITE:")).toList())
                .containsExactly("SITE:west", "SITE:east", "SITE:north");
        assertThat(started.indexOf("WAIT_SITE_READY:west")).isLessThan(started.indexOf("GRANTS:west"));
        assertThat(started.indexOf("WAIT_SITE_READY:north")).isLessThan(started.indexOf("GRANTS:west"));
        assertThat(started.indexOf("GRANTS:west")).isLessThan(started.indexOf("WAIT_GRANTS:west"));
        assertThat(started.indexOf("WAIT_GRANTS:west")).isLessThan(started.indexOf("LINKS:east"));
        assertThat(started.indexOf("WAIT_LINKS:north")).isLessThan(started.indexOf("SERVICES:west"));
        assertThat(started.get(started.size() - 1)).isEqualTo("WAIT_MATCHED:null");

        GenericKubernetesResource eastLink = clusters.east.get("Link", "east-ns", "east-to-west");
        GenericKubernetesResource northLink = clusters.north.get("Link", "north-ns", "north-to-west");
        assertThat(eastLink).isNotNull();
        assertThat(((Number) northLink.get("spec", "cost")).intValue()).isEqualTo(5);
        assertThat((String) clusters.west.get("Listener", "west-ns", "backend").get("status", "status"))
                .isEqualTo("Ready");
        assertThat(clusters.west.get("Site", "west-ns", "west").getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "skupper-designer");
    }

    @Test
    void reapplyingAnUnchangedDesignWritesNothing() throws Exception {
        assertThat(applier.apply(applier.plan(ThreeClusters.design(), ApplyRequest.all()), e -> { }).success())
                .isTrue();
        Map<String, String> versions = resourceVersions();

        PlannedApply again = applier.plan(ThreeClusters.design(), ApplyRequest.all());
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ApplyResult result = applier.applyAsync(again, e -> threads.add(Thread.currentThread().getName()))
                .get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(again.plan().inSync()).as("%s", again.plan().changes()).isTrue();
        assertThat(result.success()).isTrue();
        assertThat(result.writes()).isEmpty();
        assertThat(resourceVersions()).isEqualTo(versions);
        assertThat(threads).as("events arrive on the applier's worker, not the caller's thread")
                .containsExactly("skupper-designer-apply");
    }

    @Test
    void aChangedDesignChangesOnlyWhatChanged() {
        Network design = ThreeClusters.design();
        assertThat(applier.apply(applier.plan(design, ApplyRequest.all()), e -> { }).success()).isTrue();
        Map<String, String> before = resourceVersions();
        Network changed = design
                .updateSite("west", s -> s.withResource(new Listener(ObjectMeta.named("backend"),
                        ListenerSpec.of("backend", "backend", 9090))))
                .updateSite("east", s -> s.withResource(ThreeClusters.connector("cache", "app=redis", 6379)))
                .withLink(design.link("north-to-west").orElseThrow().withCost(7));

        PlannedApply plan = applier.plan(changed, ApplyRequest.all());
        ApplyResult result = applier.apply(plan, e -> { });

        assertThat(result.success()).as(result.failure()).isTrue();
        assertThat(result.writes()).extracting(ResourceChange::describe).containsExactlyInAnyOrder(
                "~ Link/north-to-west (spec.cost: 5 -> 7)",
                "~ Listener/backend (spec.port: 8080 -> 9090)",
                "+ Connector/cache");
        Map<String, String> after = resourceVersions();
        before.forEach((key, version) -> {
            if (!key.endsWith("/Listener/backend") && !key.endsWith("/Link/north-to-west")) {
                assertThat(after.get(key)).as(key).isEqualTo(version);
            }
        });
        assertThat(((Number) clusters.west.get("Listener", "west-ns", "backend").get("spec", "port")).intValue())
                .isEqualTo(9090);
    }

    @Test
    void removedResourcesAreDeletedOnlyWithPrune() {
        Network design = ThreeClusters.design();
        assertThat(applier.apply(applier.plan(design, ApplyRequest.all()), e -> { }).success()).isTrue();
        Network smaller = design.updateSite("west", s -> s.withoutResource(ResourceKind.LISTENER, "db"));

        PlannedApply withoutPrune = applier.plan(smaller, ApplyRequest.all());
        applier.apply(withoutPrune, e -> { });
        assertThat(withoutPrune.plan().prunable()).extracting(c -> c.ref().display())
                .containsExactly("Listener/db");
        assertThat(clusters.west.get("Listener", "west-ns", "db")).isNotNull();

        ApplyResult pruned = applier.apply(applier.plan(smaller, ApplyRequest.all().withPrune(true)), e -> { });

        assertThat(pruned.writes()).extracting(ResourceChange::describe).containsExactly("- Listener/db");
        assertThat(clusters.west.get("Listener", "west-ns", "db")).isNull();
        assertThat(clusters.west.get("Listener", "west-ns", "backend")).isNotNull();
    }

    @Test
    void dryRunShowsFieldLevelChangesAndWritesNothing() {
        Network design = ThreeClusters.design();
        assertThat(applier.apply(applier.plan(design, ApplyRequest.all()), e -> { }).success()).isTrue();
        Map<String, String> before = resourceVersions();
        Network changed = design.updateSite("west", s -> s.withResource(new Listener(ObjectMeta.named("backend"),
                ListenerSpec.of("backend", "backend", 9090))));

        PlannedApply plan = applier.plan(changed, ApplyRequest.all().withDryRun(true));
        ApplyResult result = applier.apply(plan, e -> { });

        assertThat(result.dryRun()).isTrue();
        assertThat(result.writes()).extracting(ResourceChange::describe)
                .containsExactly("~ Listener/backend (spec.port: 8080 -> 9090)");
        assertThat(resourceVersions()).isEqualTo(before);
        assertThat(plan.plan().notes()).anyMatch(n -> n.contains("ignores dry-run"));
    }

    private Map<String, String> resourceVersions() {
        Map<String, String> versions = new java.util.TreeMap<>();
        for (var cluster : clusters.all()) {
            for (GenericKubernetesResource r : cluster.allSkupper()) {
                if (r.getMetadata().getName().startsWith("skupper-designer-probe")) {
                    continue;
                }
                versions.put(cluster.name() + "/" + r.getKind() + "/" + r.getMetadata().getName(),
                        r.getMetadata().getResourceVersion() + " " + (Object) r.get("spec"));
            }
        }
        return versions;
    }
}
