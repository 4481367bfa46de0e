package org.skupperdesigner.app.ui.properties;

import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.PropertySheet;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.commands.PlatformNames;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/**
 * The property editor: a ControlsFX PropertySheet for the primary selection (or the network when nothing is
 * selected). After an edit the rows are refreshed in place when the element kept the same fields, so focus and
 * scroll position survive typing through a form. The validator's findings about a field are shown under it.
 */
public final class PropertiesView extends VBox {

    private final DocumentModel document;
    private final SelectionModel selection;
    private final PropertyItemsBuilder builder;
    private final PropertySheet sheet = new PropertySheet();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final StackPane icon = new StackPane();
    private ValidationSupport validation = new ValidationSupport();
    private String shownId;
    private List<FieldItem> items = List.of();
    private final ObservableList<Diagnostic> findings;

    public PropertiesView(DocumentModel document, SelectionModel selection, ObservableList<Diagnostic> findings) {
        this.document = document;
        this.selection = selection;
        this.findings = findings;
        this.builder = new PropertyItemsBuilder(document, selection);
        setId("properties");
        getStyleClass().add("properties-view");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPropertyEditorFactory(item -> new ValidatedFieldEditor((FieldItem) item, validation));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        title.getStyleClass().add("panel-title");
        subtitle.getStyleClass().add("panel-subtitle");
        icon.getStyleClass().add("properties-icon");
        VBox titles = new VBox(1, title, subtitle);
        HBox header = new HBox(10, icon, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("properties-header");
        getChildren().addAll(header, sheet);
        selection.primaryProperty().addListener((o, a, id) -> show(id, true));
        document.networkProperty().addListener((o, a, n) -> show(selection.primary(), false));
        findings.addListener((ListChangeListener<Diagnostic>) c -> showFindings());
        show(selection.primary(), true);
    }

    /** Puts each of the validator's findings about a shown field beside that field (ADR 0207). */
    private void showFindings() {
        Map<String, Diagnostic> byRow = FieldFindings.byRow(shownId, document.network(),
                items.stream().map(FieldItem::key).toList(), findings);
        items.forEach(item -> item.findingProperty().set(byRow.get(item.key())));
    }

    private void show(String elementId, boolean selectionChanged) {
        List<FieldItem> fresh = builder.build(elementId);
        header(elementId, document.network());
        boolean sameShape = !selectionChanged && java.util.Objects.equals(elementId, shownId)
                && fresh.stream().map(FieldItem::key).toList().equals(items.stream().map(FieldItem::key).toList());
        if (sameShape) {
            for (int i = 0; i < fresh.size(); i++) {
                items.get(i).refresh((String) fresh.get(i).getValue());
            }
            return;
        }
        shownId = elementId;
        items = fresh;
        showFindings();
        validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        sheet.getItems().setAll(fresh);
    }

    private void header(String elementId, Network network) {
        Ikon ikon;
        String main;
        String sub;
        if (elementId == null) {
            ikon = Feather.GLOBE;
            main = network.name();
            sub = org.skupperdesigner.app.ui.Plurals.count(network.sites().size(), "site") + " · "
                    + org.skupperdesigner.app.ui.Plurals.count(network.links().size(), "link");
        } else if (ElementIds.isSite(elementId)) {
            var site = network.site(ElementIds.siteOf(elementId));
            ikon = site.map(s -> Icons.platform(s.platform())).orElse(Feather.BOX);
            main = site.map(s -> s.name()).orElse(elementId);
            sub = site.map(s -> PlatformNames.label(s.platform()) + " site").orElse("");
        } else if (ElementIds.isLink(elementId)) {
            ikon = Feather.LINK_2;
            String id = elementId.substring(ElementIds.LINK_PREFIX.length());
            main = "Link " + id;
            sub = network.link(id).map(l -> l.fromSite() + " dials " + l.toSite()).orElse("");
        } else {
            String[] parts = elementId.split("/", 3);
            ikon = "Listener".equals(parts[1]) ? Feather.LOG_IN : "Connector".equals(parts[1]) ? Feather.LOG_OUT
                    : Feather.FILE_TEXT;
            main = parts.length == 3 ? parts[2] : elementId;
            sub = parts.length == 3 ? parts[1] + " in site " + parts[0] : "";
        }
        icon.getChildren().setAll(Icons.of(ikon, 18));
        title.setText(main);
        subtitle.setText(sub);
    }

    /** The rows currently shown (for tests). */
    public List<FieldItem> items() {
        return items;
    }
}
