package org.skupperdesigner.app.ui.apply;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.Icons;

/**
 * A small floating bar over the canvas while per-resource marks are shown: what they are (live status after an
 * apply, or drift) with a legend, and the button that takes them off the canvas.
 */
final class MarkersBanner extends HBox {

    MarkersBanner(ApplyController controller) {
        setId("markers-banner");
        getStyleClass().add("markers-banner");
        getStylesheets().add(ResourceMarksOverlay.STYLESHEET);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        CanvasMarks marks = controller.canvasMarks();
        Label title = new Label();
        title.setId("markers-title");
        title.textProperty().bind(marks.titleProperty());
        HBox legend = new HBox(4);
        for (ResourceMark.Kind kind : new ResourceMark.Kind[] {ResourceMark.Kind.CHANGED, ResourceMark.Kind.MISSING,
                ResourceMark.Kind.EXTRA}) {
            Label item = new Label(kind.symbol() + " " + kind.description());
            item.getStyleClass().addAll("resource-mark", "legend-item", kind.styleClass());
            legend.getChildren().add(item);
        }
        legend.visibleProperty().bind(marks.titleProperty().map(t -> t.startsWith("Drift")));
        legend.managedProperty().bind(legend.visibleProperty());
        Button dismiss = new Button("Dismiss", Icons.of(Feather.X, 13));
        dismiss.setId("markers-dismiss");
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setOnAction(e -> controller.clearMarks());
        getChildren().addAll(Icons.of(Feather.ACTIVITY, 14), title, legend, dismiss);
        visibleProperty().bind(marks.titleProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
