package org.skupperdesigner.app.ui.canvas;

import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.scene.Node;

import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.ElementIds;

/**
 * Selection and analysis state as the canvas shows it: pseudo-classes on built nodes (styled by designer.css) and
 * the same answers for the sketch layer, so a sketched card looks selected, emphasised or dimmed like a built one.
 */
final class CanvasStyles implements SketchLayer.Styles {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass EMPHASIZED = PseudoClass.getPseudoClass("emphasized");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final SelectionModel selection;
    private final Supplier<CanvasHighlight> highlight;

    CanvasStyles(SelectionModel selection, Supplier<CanvasHighlight> highlight) {
        this.selection = selection;
        this.highlight = highlight;
    }

    void styleCard(SiteCardView card) {
        style(card, ElementIds.site(card.siteId()));
        for (ResourceRow row : card.resourceRows()) {
            style(row, row.elementId());
        }
    }

    void styleLink(LinkView link) {
        style(link, ElementIds.LINK_PREFIX + link.link().id());
    }

    void styleLine(ServiceLineView line) {
        line.pseudoClassStateChanged(EMPHASIZED, serviceLineEmphasized(line.listenerId(), line.connectorId()));
        line.pseudoClassStateChanged(DIMMED, serviceLineDimmed(line.listenerId(), line.connectorId()));
    }

    private void style(Node node, String id) {
        node.pseudoClassStateChanged(SELECTED, selected(id));
        node.pseudoClassStateChanged(EMPHASIZED, emphasized(id));
        node.pseudoClassStateChanged(DIMMED, dimmed(id));
    }

    /** A service line is emphasised when both its ends are. */
    @Override
    public boolean serviceLineEmphasized(String listenerId, String connectorId) {
        return emphasized(listenerId) && emphasized(connectorId);
    }

    /** A service line is dimmed when one end is, or when something is emphasised but not its connector. */
    @Override
    public boolean serviceLineDimmed(String listenerId, String connectorId) {
        CanvasHighlight hl = highlight.get();
        return !hl.isEmpty() && (hl.dimmed().contains(connectorId) || hl.dimmed().contains(listenerId)
                || !hl.emphasized().isEmpty() && !hl.emphasized().contains(connectorId));
    }

    @Override
    public boolean selected(String elementId) {
        return selection.isSelected(elementId);
    }

    @Override
    public boolean emphasized(String elementId) {
        return highlight.get().emphasized().contains(elementId);
    }

    @Override
    public boolean dimmed(String elementId) {
        return highlight.get().dimmed().contains(elementId);
    }
}
