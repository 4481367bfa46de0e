package org.skupperdesigner.exporters.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.exporters.plan.FieldChange;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ListenerSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.Secret;

class ObjectDiffTest {

    private final KubeObjects objects = new KubeObjects();

    @Test
    void fieldsTheControllerAddsAreNotDrift() {
        Map<String, Object> desired = objects.desired(new AccessGrant(ObjectMeta.named("g").withNamespace("ns"),
                AccessGrantSpec.empty()));
        Map<String, Object> live = copy(desired);
        live.put("spec", Map.of("redemptionsAllowed", 1)); // Skupper writes the default back (reference B.5)
        live.put("status", Map.of("status", "Ready"));

        assertThat(ObjectDiff.changes(desired, live)).isEmpty();
    }

    @Test
    void aFieldRemovedFromTheDesignIsRemovedLiveBecauseItWasAppliedBefore() {
        Map<String, Object> before = objects.desired(listener(ListenerSpec.of("k", "h", 80)
                .withRoutingKey("k")));
        ListenerSpec withTls = new ListenerSpec("k", "h", 80, "tls-secret", null, null, null, Map.of(), Map.of());
        Map<String, Object> live = objects.desired(listener(withTls));

        assertThat(ObjectDiff.changes(before, live)).extracting(FieldChange::describe)
                .containsExactly("spec.tlsCredentials: tls-secret -> (none)");
        Map<String, Object> patch = WriteStrategy.MergePatch.patchFor(before, live);
        assertThat(KubeObjects.map(patch.get("spec"))).containsEntry("tlsCredentials", null)
                .containsEntry("port", 80L);
    }

    @Test
    void secretValuesAreComparedWholeAndNeverShown() {
        Map<String, Object> desired = objects.desired(new Secret(ObjectMeta.named("s").withNamespace("ns"),
                "kubernetes.io/tls", Map.of("tls.key", "bmV3"), Map.of(), Map.of()));
        Map<String, Object> live = copy(desired);
        live.put("data", Map.of("tls.key", "b2xk", "extra", "eA=="));

        assertThat(ObjectDiff.changes(desired, live)).extracting(FieldChange::describe)
                .containsExactly("data.extra: removed (hidden)", "data.tls.key: changed (hidden)");
    }

    @Test
    void numbersFromYamlJsonAndClientsCompareEqual() {
        Map<String, Object> desired = objects.desired(listener(ListenerSpec.of("k", "h", 8080)));
        Map<String, Object> live = copy(desired);
        live.put("spec", new LinkedHashMap<>(Map.of("routingKey", "k", "host", "h", "port", 8080.0)));

        assertThat(ObjectDiff.changes(desired, live)).isEmpty();
    }

    private static Listener listener(ListenerSpec spec) {
        return new Listener(ObjectMeta.named("l").withNamespace("ns"), spec);
    }

    private static Map<String, Object> copy(Map<String, Object> m) {
        return KubeObjects.normalize(m);
    }
}
