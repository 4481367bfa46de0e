package org.skupperdesigner.app.ui.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.diagnostic.Severity;

/** The YAML panel's runs: the text unchanged, keys and values styled, no empty runs, no run of a lone line break. */
@ExtendWith(ApplicationExtension.class)
class YamlHighlighterTest {

    private static final String YAML = "---\napiVersion: skupper.io/v2alpha1\nmetadata:\n  name: east\n"
            + "  labels:\n    - app: x\n\n# note\nkind: Site";

    @Start
    void start(Stage stage) {
        // the toolkit is all a Text needs
    }

    @Test
    void runsReproduceTheTextWithKeysValuesAndNoEmptyOrLoneBreakRuns() {
        List<Text> runs = YamlHighlighter.highlight(YAML);
        assertThat(runs.stream().map(Text::getText).collect(Collectors.joining())).isEqualTo(YAML);
        assertThat(runs).noneMatch(t -> t.getText().isEmpty());
        assertThat(runs).as("a line break ends the line's last run").noneMatch(t -> t.getText().equals("\n")
                && runs.indexOf(t) > 0 && !runs.get(runs.indexOf(t) - 1).getText().endsWith("\n"));
        assertThat(keys(runs)).containsExactly("apiVersion", "metadata", "name", "labels", "app", "kind");
        assertThat(runs.get(0).getStyleClass()).containsExactly("yaml-separator");
        assertThat(runs).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo("# note\n");
            assertThat(t.getStyleClass()).containsExactly("yaml-comment");
        });
        assertThat(runs).anySatisfy(t -> {
            assertThat(t.getText()).isEqualTo(" skupper.io/v2alpha1\n");
            assertThat(t.getStyleClass()).containsExactly("yaml-value");
        });
    }

    @Test
    void aMarkedLineEndsWithItsFindingsSeverityAndKeepsItsLineBreak() {
        Diagnostic finding = new Diagnostic(Severity.WARNING, "test.rule", "name is odd", List.of("east/Site/east"),
                "rename it", null, "metadata.name");

        List<Text> runs = YamlHighlighter.highlight(YAML, Map.of(3, finding));

        Text marker = runs.stream().filter(t -> t.getStyleClass().contains("yaml-finding")).findFirst().orElseThrow();
        assertThat(marker.getText()).isEqualTo("  \u25CF warning\n");
        assertThat(marker.getStyleClass()).contains("yaml-finding-warning");
        assertThat(runs.get(runs.indexOf(marker) - 1).getText()).isEqualTo(" east");
        assertThat(runs.stream().map(Text::getText).collect(Collectors.joining()))
                .isEqualTo(YAML.replace("name: east\n", "name: east  \u25CF warning\n"));
    }

    private static List<String> keys(List<Text> runs) {
        return runs.stream().filter(t -> t.getStyleClass().contains("yaml-key")).map(Text::getText).toList();
    }
}
