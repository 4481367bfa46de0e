package org.skupperdesigner.app.ui.yaml;

import java.util.Map;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.exporters.plain.PlainYamlExporter;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkSite;

/**
 * The live YAML of the selected site (or of the site owning the selected resource), as export would write it, with
 * the lines the validator's findings are about marked.
 */
public final class YamlPreviewView extends VBox {

    private final DocumentModel document;
    private final SelectionModel selection;
    private final PlainYamlExporter exporter = new PlainYamlExporter();
    private final TextFlow text = new TextFlow();
    private final Label title = new Label();
    private String yaml = "";
    private final ObservableList<Diagnostic> findings;
    private final Supplier<Network> findingsOf;
    private Map<Integer, Diagnostic> marks = Map.of();
    private NetworkSite shown;

    /**
     * @param findings   the validator's findings, marked on their lines
     * @param findingsOf the design they were found in: until the findings of an edited design arrive (milliseconds,
     *                   off the UI thread) no line is marked, rather than lines of the previous YAML
     */
    public YamlPreviewView(DocumentModel document, SelectionModel selection, ObservableList<Diagnostic> findings,
                           Supplier<Network> findingsOf) {
        this.document = document;
        this.selection = selection;
        this.findings = findings;
        this.findingsOf = findingsOf;
        setId("yaml-preview");
        getStyleClass().add("yaml-view");
        text.getStyleClass().add("yaml-text");
        text.setId("yaml-text");
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("yaml-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        title.getStyleClass().add("panel-subtitle");
        Button copy = new Button(null, Icons.of(Feather.COPY, 14));
        copy.getStyleClass().addAll("flat", "button-icon");
        LazyTooltip.install(copy, "Copy YAML");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(yaml);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("yaml-header");
        getChildren().addAll(header, scroll);
        selection.primaryProperty().addListener(o -> refresh());
        document.networkProperty().addListener(o -> refresh());
        // new findings only move the marks: the site's YAML is rendered again only when the design or selection changes
        findings.addListener((ListChangeListener<Diagnostic>) c -> show(yaml));
        refresh();
    }

    private void refresh() {
        String primary = selection.primary();
        String siteId = primary == null ? null : ElementIds.siteOf(primary);
        NetworkSite site = siteId == null ? null : document.network().site(siteId).orElse(null);
        if (site == null) {
            site = document.network().sites().isEmpty() ? null : document.network().sites().get(0);
        }
        shown = site;
        if (site == null) {
            yaml = "";
            marks = Map.of();
            title.setText("Add a site to see its Skupper YAML");
            text.getChildren().clear();
            return;
        }
        String next;
        try {
            next = exporter.renderSite(site);
        } catch (RuntimeException e) {
            next = "# cannot render this site: " + e.getMessage();
        }
        title.setText(site.name() + ".yaml  ·  skupper.io/v2alpha1");
        show(next);
    }

    /** Shows the shown site's YAML with the current findings marked; rebuilds the text only when either changed. */
    private void show(String next) {
        if (shown == null) {
            return;
        }
        Map<Integer, Diagnostic> nextMarks = findingsOf.get() == document.network()
                ? YamlFindingLines.byLine(shown, next, findings) : Map.of();
        if (!next.equals(yaml) || !nextMarks.equals(marks)) {
            yaml = next;
            marks = nextMarks;
            text.getChildren().setAll(YamlHighlighter.highlight(next, nextMarks));
        }
    }

    /** The findings marked now, by 0-based line (for tests). */
    public Map<Integer, Diagnostic> marks() {
        return marks;
    }

    /** The YAML shown now (for tests). */
    public String yaml() {
        return yaml;
    }
}
