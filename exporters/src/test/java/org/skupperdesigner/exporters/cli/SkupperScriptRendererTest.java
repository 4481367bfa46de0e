package org.skupperdesigner.exporters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.exporters.bundle.BundleExporter;
import org.skupperdesigner.exporters.links.ExistingSecrets;
import org.skupperdesigner.exporters.testing.Designs;
import org.skupperdesigner.model.pki.NetworkCa;

class SkupperScriptRendererTest {

    private final BundleExporter exporter = new BundleExporter(() -> NetworkCa.create("ca"), Clock.systemUTC());

    @Test
    void theScriptCreatesSitesAcceptingFirstThenLinksWithTokensThenServices() {
        String script = new SkupperScriptRenderer().render(exporter.desired(Designs.example("hub-and-spoke"),
                ExistingSecrets.NONE));

        int hub = script.indexOf("skupper site create hub --enable-link-access --wait ready --context hub "
                + "--namespace retail-hub");
        int spoke = script.indexOf("skupper site create spoke --wait ready --context spoke --namespace retail-spoke");
        int issue = script.indexOf("skupper token issue \"$tokens/spoke-to-hub.yaml\" --context hub --namespace "
                + "retail-hub");
        int redeem = script.indexOf("skupper token redeem \"$tokens/store-to-hub.yaml\" --platform podman "
                + "--namespace store");
        int listener = script.indexOf("skupper listener create database 5432 --routing-key database --host database "
                + "--context spoke --namespace retail-spoke");
        int reload = script.indexOf("skupper system reload --platform podman --namespace store");
        assertThat(hub).isNotNegative().isLessThan(spoke);
        assertThat(spoke).isLessThan(issue);
        assertThat(issue).isLessThan(redeem);
        assertThat(redeem).isLessThan(listener);
        assertThat(listener).isLessThan(reload);
        assertThat(script).startsWith("#!/bin/sh\n").contains("set -eu");
        assertThat(script).as("the edge Site has no CLI flag, so it is applied as YAML")
                .contains("skupper system apply -f - --platform podman --namespace store <<'EOF'\n")
                .contains("  edge: true");
        assertThat(script).as("grants come from 'token issue'").doesNotContain("kind: AccessGrant");
    }

    @Test
    void linkCostGoesOnTheTokenAndHaOnTheSite() {
        String script = new SkupperScriptRenderer().render(exporter.desired(Designs.example("ha-failover"),
                ExistingSecrets.NONE));

        assertThat(script).contains("skupper site create primary --enable-link-access --enable-ha --wait ready")
                .contains("skupper token issue \"$tokens/frontend-to-backup.yaml\" --cost 10");
    }
}
