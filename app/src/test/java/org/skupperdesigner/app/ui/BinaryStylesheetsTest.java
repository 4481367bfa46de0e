package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

/** The build leaves a binary twin beside every stylesheet, with the same rules, for JavaFX to load instead. */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheetHasABinaryTwinWithTheSameRules() throws Exception {
        Path classes = Path.of(BinaryStylesheets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> stylesheets = BinaryStylesheets.stylesheets(classes);
        assertThat(stylesheets).extracting(p -> p.getFileName().toString()).contains("designer.css");

        for (Path css : stylesheets) {
            Path bss = BinaryStylesheets.binaryOf(css);
            assertThat(bss).as("binary twin of %s (made by the build's process-classes step)", css).exists();
            assertThat(Files.getLastModifiedTime(bss)).as("%s made from the current %s", bss, css)
                    .isGreaterThanOrEqualTo(Files.getLastModifiedTime(css));
            assertThat(rules(Stylesheet.loadBinary(bss.toUri().toURL()))).as(bss.toString())
                    .isNotEmpty()
                    .isEqualTo(rules(new CssParser().parse(css.toUri().toURL())));
        }
    }

    /**
     * Each rule's selectors and declared properties (a binary rule reads its declarations when first asked; parsed
     * values print arrays by identity, so values are left to JavaFX's own writer and reader).
     */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")) + " }";
    }
}
