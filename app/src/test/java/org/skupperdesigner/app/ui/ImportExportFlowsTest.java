package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skupperdesigner.app.ui.ScriptedDesigner.menu;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.skupperdesigner.app.ui.export.ExportDialog;
import org.skupperdesigner.app.ui.export.ExportTargets;
import org.skupperdesigner.app.ui.palette.DesignTemplate;
import org.skupperdesigner.exporters.bundle.ExportFormat;
import org.skupperdesigner.model.load.LoadedNetwork;
import org.skupperdesigner.model.load.NetworkLoader;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;

/**
 * Import of a Skupper YAML folder, the export dialog and the canvas image exports, from the File menu with scripted
 * file choosers: what lands on disk is read back and checked.
 */
@ExtendWith(ApplicationExtension.class)
class ImportExportFlowsTest {

    private static final Path HELLO_WORLD_YAML = Path.of("..", "examples", "hello-world-yaml").toAbsolutePath()
            .normalize();

    private ScriptedDesigner fx;

    @Start
    void start(Stage stage) {
        fx = new ScriptedDesigner(stage, DesignTemplate.HELLO_WORLD.build());
    }

    @AfterEach
    void nothingUnexpectedWasAsked() {
        fx.assertNothingUnexpectedAsked();
    }

    @Test
    void importsASkupperYamlFolderAsADesignWithItsSitesListenersAndConnectors(FxRobot robot) {
        assertThat(HELLO_WORLD_YAML.resolve("west/site.yaml")).isRegularFile();
        fx.dialogs.answer(HELLO_WORLD_YAML);
        menu(robot, "File", "Import Skupper YAML Folder…");

        assertThat(fx.dialogs.asked()).containsExactly("Import a folder of Skupper YAML");
        assertThat(fx.network().sites()).extracting(NetworkSite::id).containsExactlyInAnyOrder("west", "east");
        NetworkSite west = fx.network().site("west").orElseThrow();
        NetworkSite east = fx.network().site("east").orElseThrow();
        assertThat(west.resourcesOf(Listener.class)).extracting(l -> l.spec().routingKey()).containsExactly("backend");
        assertThat(east.resourcesOf(Connector.class)).extracting(c -> c.spec().routingKey())
                .containsExactly("backend");
        assertThat(fx.file()).as("an import is not a design file: Save asks where").isNull();
        assertThat(fx.dirty()).as("an import is unsaved work: closing asks first").isTrue();
        assertThat(fx.window.canvas().cardCount()).isEqualTo(2);
        assertThat(fx.prompts.shown("error")).isEmpty();
    }

    @Test
    void aFolderWithoutSkupperResourcesLeavesTheOpenDesignAndSaysWhy(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(fx.home.resolve("manifests"));
        Files.writeString(folder.resolve("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n");
        var before = fx.network();
        fx.dialogs.answer(folder);
        menu(robot, "File", "Import Skupper YAML Folder…");

        assertThat(fx.prompts.shown("error")).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("Cannot open manifests");
            assertThat(e.text()).startsWith("No Skupper resources were found in " + folder + ".")
                    .contains("skipped Deployment (apps/v1): not a Skupper resource")
                    .endsWith("The design you had open is unchanged.");
        });
        assertThat(fx.network()).isEqualTo(before);
    }

    @Test
    void theExportDialogWritesTheChosenFormatIntoTheChosenFolder(FxRobot robot) throws Exception {
        Path out = fx.home.resolve("chosen-out");
        openExportDialogAt(robot, out);
        assertThat(ScriptedDesigner.onFx(() -> robot.lookup("#" + ExportDialog.FOLDER_ID).queryAs(TextField.class)
                .getText())).isEqualTo(out.toString());
        robot.clickOn("#" + ExportDialog.FORMAT_ID);
        robot.clickOn(ExportDialog.describe(ExportFormat.YAML));
        assertThat(ScriptedDesigner.onFx(() -> robot.lookup("#" + ExportDialog.FILES_ID)
                .queryListView().getItems())).hasSize(2).allSatisfy(line -> assertThat((String) line)
                .containsPattern("^(west|east)\\.yaml"));
        robot.clickOn("#" + ExportDialog.EXPORT_ID);

        assertThat(out.resolve("west.yaml")).isRegularFile();
        assertThat(out.resolve("east.yaml")).isRegularFile();
        LoadedNetwork reread = NetworkLoader.load(List.of(out));
        assertThat(reread.hasErrors()).as(reread.diagnostics().toString()).isFalse();
        assertThat(reread.network().sites()).extracting(NetworkSite::name).containsExactlyInAnyOrder("west", "east");
        assertThat(reread.network().site("west").orElseThrow().resourcesOf(Listener.class)).hasSize(1);
        assertThat(reread.network().site("east").orElseThrow().resourcesOf(Connector.class)).hasSize(1);
        assertThat(fx.prompts.shown("info")).singleElement().satisfies(i -> {
            assertThat(i.header()).isEqualTo("Export finished");
            assertThat(i.text()).contains("2 files written to " + out);
        });
    }

    @Test
    void theExportDialogWritesSiteFoldersByDefaultEveryYamlFileParses(FxRobot robot) throws Exception {
        Path out = fx.home.resolve("folders-out");
        openExportDialogAt(robot, out);
        robot.clickOn("#" + ExportDialog.EXPORT_ID);

        assertThat(out.resolve("west")).isDirectory();
        assertThat(out.resolve("east")).isDirectory();
        assertThat(out.resolve("README.md")).isRegularFile();
        List<Path> yamlFiles;
        try (Stream<Path> walk = Files.walk(out)) {
            yamlFiles = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertThat(yamlFiles).hasSizeGreaterThanOrEqualTo(4);
        Set<String> kinds = new HashSet<>();
        YAMLMapper yaml = new YAMLMapper();
        for (Path file : yamlFiles) {
            for (JsonNode doc : yaml.readerFor(JsonNode.class).readValues(file.toFile()).readAll()
                    .stream().map(JsonNode.class::cast).toList()) {
                kinds.add(doc.path("kind").asText());
            }
        }
        assertThat(kinds).contains("Site", "Listener", "Connector");
        assertThat(fx.prompts.shown("info")).singleElement().satisfies(i -> assertThat(i.header())
                .isEqualTo("Export finished"));
    }

    @Test
    void exportingOverAnEarlierExportAsksFirstAndGoingBackKeepsTheFilesAndTheDialog(FxRobot robot)
            throws Exception {
        Path out = fx.home.resolve("again-out");
        openExportDialogAt(robot, out);
        robot.clickOn("#" + ExportDialog.EXPORT_ID);
        assertThat(fx.prompts.shown("replace")).as("a new folder: nothing to replace").isEmpty();
        Path readme = out.resolve("README.md");
        Files.writeString(readme, "\nnotes added by hand\n", java.nio.file.StandardOpenOption.APPEND);

        fx.prompts.answerReplace(false);
        openExportDialogAt(robot, out);
        robot.clickOn("#" + ExportDialog.EXPORT_ID);

        assertThat(fx.prompts.shown("replace")).singleElement().satisfies(q -> {
            assertThat(q.header()).isEqualTo("Replace the earlier export in again-out?");
            assertThat(q.text()).contains("west/", "east/", "README.md");
        });
        assertThat(Files.readString(readme)).as("kept after going back").contains("notes added by hand");
        assertThat(robot.lookup("#" + ExportDialog.EXPORT_ID).tryQuery()).as("the dialog stays open").isPresent();

        fx.prompts.answerReplace(true);
        robot.clickOn("#" + ExportDialog.EXPORT_ID);

        assertThat(fx.prompts.shown("replace")).hasSize(2);
        assertThat(Files.readString(readme)).doesNotContain("notes added by hand");
        assertThat(fx.prompts.shown("info")).hasSize(2).allSatisfy(i -> assertThat(i.header())
                .isEqualTo("Export finished"));
    }

    @Test
    void theExportFormatsNameWhatTheyWouldReplace() throws Exception {
        Path dir = Files.createDirectories(fx.home.resolve("targets"));
        Files.createDirectories(dir.resolve("west"));
        Files.writeString(dir.resolve("east.yaml"), "kind: Site\n");
        var network = DesignTemplate.HELLO_WORLD.build();

        assertThat(ExportTargets.existingIn(dir, network, ExportFormat.FOLDERS)).containsExactly("west/");
        assertThat(ExportTargets.existingIn(dir, network, ExportFormat.YAML)).containsExactly("east.yaml");
        assertThat(ExportTargets.existingIn(dir, network, ExportFormat.CLI)).isEmpty();
        assertThat(ExportTargets.existingIn(dir.resolve("missing"), network, ExportFormat.FOLDERS)).isEmpty();
    }

    @Test
    void exportsTheCanvasAsPngAndSvgFromTheMenu(FxRobot robot) throws Exception {
        fx.dialogs.answer(fx.home.resolve("canvas")).answer(fx.home.resolve("canvas.svg"));
        menu(robot, "File", "Export Canvas as PNG…");
        menu(robot, "File", "Export Canvas as SVG…");

        Path png = fx.home.resolve("canvas.png");
        assertThat(png).as("the .png suffix is added to a name typed without it").isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(150);
        assertThat(distinctColours(image)).as("a drawing, not a blank image").isGreaterThan(20);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(fx.home.resolve("canvas.svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).contains("west", "east");
        assertThat(fx.prompts.shown()).isEmpty();
    }

    @Test
    void exportingTheCanvasOfAnEmptyDesignSaysThereIsNothingToExport(FxRobot robot) {
        menu(robot, "File", "New");
        menu(robot, "File", "Export Canvas as PNG…");
        assertThat(fx.dialogs.asked()).isEmpty();
        assertThat(fx.prompts.shown("info")).singleElement().satisfies(i -> assertThat(i.header())
                .isEqualTo("Nothing to export"));
    }

    /** File > Export Skupper YAML…, with {@code out} chosen through Browse… */
    private void openExportDialogAt(FxRobot robot, Path out) {
        fx.dialogs.answer(out);
        menu(robot, "File", "Export Skupper YAML…");
        robot.clickOn("#" + ExportDialog.BROWSE_ID);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
