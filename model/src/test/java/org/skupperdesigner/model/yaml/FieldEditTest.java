package org.skupperdesigner.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SkupperResource;

class FieldEditTest {

    private final FieldEdit edit = new FieldEdit();

    @Test
    void aFieldInsideAListItemIsRenamedAndTheRestKept() {
        RouterAccess access = (RouterAccess) read("""
                apiVersion: skupper.io/v2alpha1
                kind: RouterAccess
                metadata: {name: west-access, labels: {team: a}}
                spec:
                  roles:
                    - {name: inter-router, prot: 55671}
                    - {name: edge, port: 45671}
                """);

        RouterAccess fixed = (RouterAccess) edit.rename(access, "spec.roles[0].prot", "port").orElseThrow();

        assertThat(fixed.spec().roles()).extracting(r -> r.name(), r -> r.port()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("inter-router", 55671),
                org.assertj.core.groups.Tuple.tuple("edge", 45671));
        assertThat(fixed.metadata().labels()).containsEntry("team", "a");
    }

    @Test
    void nothingIsRenamedWhenTheFieldIsMissingOrTheNewNameIsTaken() {
        SkupperResource listener = read("""
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: front}
                spec: {routingKey: backend, routingkey: other, host: front, port: 8080}
                """);

        assertThat(edit.rename(listener, "spec.routingkey", "routingKey")).isEmpty();
        assertThat(edit.rename(listener, "spec.nothing", "host")).isEmpty();
        assertThat(edit.rename(listener, "spec.roles[3].prot", "port")).isEmpty();
    }

    @Test
    void aFieldIsSetOrAddedOrRemovedAndTheResultReadBackAsTyped() {
        Listener listener = (Listener) read("""
                apiVersion: skupper.io/v2alpha1
                kind: Listener
                metadata: {name: front}
                spec: {routingKey: backend, host: front, port: 8080, type: udp}
                """);

        assertThat(((Listener) edit.set(listener, "spec.port", 9090).orElseThrow()).spec().port()).isEqualTo(9090);
        assertThat(((Listener) edit.set(listener, "spec.observer", "http1").orElseThrow()).spec().observer())
                .isEqualTo("http1");
        Listener untyped = (Listener) edit.remove(listener, "spec.type").orElseThrow();
        assertThat(untyped.spec().type()).isNull();
        assertThat(untyped.spec().routingKey()).isEqualTo("backend");
        assertThat(edit.remove(listener, "spec.observer")).as("not set").isEmpty();
        assertThat(edit.set(listener, "status.nothing.here", 1)).as("no such parent").isEmpty();
    }

    private static SkupperResource read(String yaml) {
        return new SkupperYamlImporter().importFiles("t", List.of(new InputFile("w.yaml", yaml, "west")), List.of())
                .network().sites().get(0).resources().stream().filter(r -> !r.kind().kind().equals("Site"))
                .findFirst().orElseThrow();
    }
}
