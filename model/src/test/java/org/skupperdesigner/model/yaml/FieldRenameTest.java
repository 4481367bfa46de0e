package org.skupperdesigner.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.importer.InputFile;
import org.skupperdesigner.model.importer.SkupperYamlImporter;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.SkupperResource;

class FieldRenameTest {

    private final FieldRename rename = new FieldRename();

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

        RouterAccess fixed = (RouterAccess) rename.rename(access, "spec.roles[0].prot", "port").orElseThrow();

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

        assertThat(rename.rename(listener, "spec.routingkey", "routingKey")).isEmpty();
        assertThat(rename.rename(listener, "spec.nothing", "host")).isEmpty();
        assertThat(rename.rename(listener, "spec.roles[3].prot", "port")).isEmpty();
    }

    private static SkupperResource read(String yaml) {
        return new SkupperYamlImporter().importFiles("t", List.of(new InputFile("w.yaml", yaml, "west")), List.of())
                .network().sites().get(0).resources().stream().filter(r -> !r.kind().kind().equals("Site"))
                .findFirst().orElseThrow();
    }
}
