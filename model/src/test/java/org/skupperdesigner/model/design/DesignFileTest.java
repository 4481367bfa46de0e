package org.skupperdesigner.model.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;
import org.skupperdesigner.model.network.SiteTarget;
import org.skupperdesigner.model.resource.SiteSpec;

class DesignFileTest {

    private final DesignFiles files = new DesignFiles();

    private static Network twoSites() {
        NetworkSite west = NetworkSite.create("west", Platform.KUBERNETES, SiteSpec.empty().withLinkAccess("default"),
                new Position(10.25, 20)).withTarget(SiteTarget.kubeContext("ctx-west")).withNotes("line one\nline two");
        NetworkSite east = NetworkSite.create("east", Platform.PODMAN, SiteSpec.empty(), new Position(300, 20))
                .withTarget(SiteTarget.local()).withExternalHost("east.example.com");
        return Network.empty("demo").withNotes("a note").withSite(west).withSite(east)
                .withLink(NetworkLink.between("east", "west").withCost(3))
                .withSimulation(java.util.Map.of("workloads", java.util.Map.of("east/backend", "echo")));
    }

    @Test
    void everythingTheUserDrewSurvivesSaveAndOpen(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.skupper-design.yaml");
        files.save(twoSites(), file);

        LoadedNetwork reopened = files.open(file);

        assertThat(reopened.diagnostics()).isEmpty();
        assertThat(reopened.network()).isEqualTo(twoSites().withSite(twoSites().site("west").orElseThrow()
                .withPosition(new Position(10.3, 20))));
    }

    @Test
    void savingKeepsThePreviousVersionAsBackupAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.skupper-design.yaml");
        files.save(twoSites(), file);
        String first = Files.readString(file);

        files.save(twoSites().withName("renamed"), file);

        assertThat(Files.readString(AtomicFileWriter.backupOf(file))).isEqualTo(first);
        assertThat(Files.readString(file)).contains("name: renamed");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "demo.skupper-design.yaml", "demo.skupper-design.yaml.bak");
        }
    }

    @Test
    void savingKeepsTheFilesPermissions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.skupper-design.yaml");
        files.save(twoSites(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        files.save(twoSites(), file);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aMisspeltKeyIsAWarningAtItsLineNamingTheKeyMeant() {
        LoadedNetwork loaded = new DesignFileReader().read("typo.yaml", """
                apiVersion: skupperdesigner.org/v1
                kind: NetworkDesign
                name: typo
                linkmode: tokens
                sites:
                  - id: west
                    namespcae: shop
                    target: {contxt: west}
                links: []
                colour: blue
                """);

        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.diagnostics()).extracting(d -> d.location().line(), d -> d.message(), d -> d.hint())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, "the design has a key 'linkmode' that design files do "
                                + "not have; it is ignored and will not be saved", "did you mean 'linkMode'?"),
                        org.assertj.core.groups.Tuple.tuple(7, "site west has a key 'namespcae' that design files do "
                                + "not have; it is ignored and will not be saved", "did you mean 'namespace'?"),
                        org.assertj.core.groups.Tuple.tuple(8, "the target of site west has a key 'contxt' that "
                                + "design files do not have; it is ignored and will not be saved",
                                "did you mean 'context'?"),
                        org.assertj.core.groups.Tuple.tuple(10, "the design has a key 'colour' that design files do "
                                + "not have; it is ignored and will not be saved", "known keys here: apiVersion, kind, "
                                + "name, notes, linkMode, sites, links, simulation"));
        assertThat(loaded.network().site("west").orElseThrow().namespace()).isEqualTo("west");
        // a site's warnings name the site, so a click in the Problems panel shows it
        assertThat(loaded.diagnostics()).filteredOn(d -> d.message().contains("site west"))
                .allSatisfy(d -> assertThat(d.elementIds()).containsExactly("site/west"));
        assertThat(loaded.diagnostics()).filteredOn(d -> d.message().startsWith("the design"))
                .allSatisfy(d -> assertThat(d.elementIds()).isEmpty());
    }

    @Test
    void aDesignFromANewerVersionIsRefusedWithAClearMessage() {
        LoadedNetwork loaded = new DesignFileReader().read("future.yaml", """
                apiVersion: skupperdesigner.org/v7
                kind: NetworkDesign
                name: future
                sites: []
                """);

        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("design.newer-version");
            assertThat(d.format()).contains("future.yaml:1:").contains("newer Skupper Designer").contains("v7");
        });
    }

    @Test
    void plainSkupperYamlIsNotMistakenForADesign() {
        LoadedNetwork loaded = new DesignFileReader().read("site.yaml", """
                apiVersion: skupper.io/v2alpha1
                kind: Site
                metadata: {name: west}
                """);

        assertThat(loaded.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.hint()).contains("import"));
    }

    @Test
    void anUnknownPlatformNamesTheSiteAndTheLine() {
        LoadedNetwork loaded = new DesignFileReader().read("p.yaml", """
                apiVersion: skupperdesigner.org/v1
                kind: NetworkDesign
                name: p
                sites:
                  - id: west
                    namespace: west
                    platform: mainframe
                    resources: []
                """);

        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("west").contains("mainframe");
            assertThat(d.location().line()).isEqualTo(7);
        });
    }
}
