package org.skupperdesigner.app.ui.analysis;

import javafx.beans.property.ObjectProperty;

import org.skupperdesigner.app.ui.canvas.CanvasHighlight;
import org.skupperdesigner.app.ui.commands.DocumentModel;
import org.skupperdesigner.app.ui.common.UiExecutors;
import org.skupperdesigner.app.ui.selection.SelectionModel;
import org.skupperdesigner.model.network.ElementIds;
import org.skupperdesigner.model.network.Network;

/**
 * Drives the canvas analyses: selecting a listener shows where it reaches; "what if" shows what a failure cuts off.
 * Computed in the background; results for a superseded question are dropped.
 */
public final class AnalysisController {

    private final DocumentModel document;
    private final SelectionModel selection;
    private final UiExecutors executors;
    private final ObjectProperty<CanvasHighlight> highlight;
    private final CanvasAnalysis analysis = new CanvasAnalysis();
    private long question;
    private String whatIfElement;

    public AnalysisController(DocumentModel document, SelectionModel selection, UiExecutors executors,
                              ObjectProperty<CanvasHighlight> highlight) {
        this.document = document;
        this.selection = selection;
        this.executors = executors;
        this.highlight = highlight;
        selection.primaryProperty().addListener((o, a, id) -> {
            whatIfElement = null;
            refresh();
        });
        document.networkProperty().addListener(o -> refresh());
    }

    /** Greys out what failing the selected site or link would cut off, until the selection changes. */
    public boolean whatIfSelectedFails() {
        String id = selection.primary();
        if (id == null || !(ElementIds.isSite(id) || ElementIds.isLink(id))) {
            return false;
        }
        whatIfElement = id;
        refresh();
        return true;
    }

    public void clear() {
        whatIfElement = null;
        question++;
        highlight.set(CanvasHighlight.NONE);
    }

    private void refresh() {
        Network network = document.network();
        String primary = selection.primary();
        long mine = ++question;
        if (whatIfElement != null) {
            String failed = whatIfElement;
            executors.submit(() -> analysis.whatIf(network, failed), h -> publish(mine, h));
        } else if (primary != null && (primary.contains("/Listener/") || primary.contains("/MultiKeyListener/"))) {
            executors.submit(() -> analysis.reachability(network, primary), h -> publish(mine, h));
        } else {
            highlight.set(CanvasHighlight.NONE);
        }
    }

    private void publish(long mine, CanvasHighlight result) {
        if (mine == question) {
            highlight.set(result);
        }
    }
}
