package org.skupperdesigner.app.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;

/**
 * A routing-key pairing drawn as nodes: a dashed curve from a listener row to a connector row with the same key,
 * leaving each card on the side that faces the other (see {@link ServicePairing#curve()}).
 */
final class ServiceLineView extends Group {

    private final ServicePairing pairing;
    private final CubicCurve curve = new CubicCurve();
    /** The same curve without dashes, shown instead of {@link #curve} while the view moves. */
    private final CubicCurve solid = new CubicCurve();
    private final Circle start = new Circle(3.5);
    private final Circle end = new Circle(3.5);
    private final InvalidationListener follow = o -> refresh();

    ServiceLineView(ServicePairing pairing) {
        this.pairing = pairing;
        getStyleClass().add("service-line");
        curve.getStyleClass().add("service-curve");
        start.getStyleClass().add("service-port");
        end.getStyleClass().add("service-port");
        setMouseTransparent(true);
        // no style class: it takes colour, width and opacity from the styled curve (selection, emphasis)
        solid.setFill(null);
        solid.strokeProperty().bind(curve.strokeProperty());
        solid.strokeWidthProperty().bind(curve.strokeWidthProperty());
        solid.opacityProperty().bind(curve.opacityProperty());
        solid.setVisible(false);
        getChildren().addAll(curve, solid, start, end);
        pairing.listenerSlot().geometryProperty().addListener(follow);
        pairing.connectorSlot().geometryProperty().addListener(follow);
        refresh();
    }

    ServicePairing pairing() {
        return pairing;
    }

    String listenerId() {
        return pairing.listenerId();
    }

    String connectorId() {
        return pairing.connectorId();
    }

    /**
     * While the view moves the curve is drawn solid: dashing splits a curve into dozens of pieces for the rasteriser
     * (about 2 ms of every frame on a large design). Dashes come back when the view settles.
     */
    void drawSolid(boolean on) {
        solid.setVisible(on);
        curve.setVisible(!on);
    }

    /** The curve drawn now: the dashed one at rest, the solid one while the view moves. */
    CubicCurve shownCurve() {
        return solid.isVisible() ? solid : curve;
    }

    void refresh() {
        double[] c = pairing.curve();
        curve.setStartX(c[0]);
        curve.setStartY(c[1]);
        curve.setControlX1(c[2]);
        curve.setControlY1(c[3]);
        curve.setControlX2(c[4]);
        curve.setControlY2(c[5]);
        curve.setEndX(c[6]);
        curve.setEndY(c[7]);
        solid.setStartX(c[0]);
        solid.setStartY(c[1]);
        solid.setControlX1(c[2]);
        solid.setControlY1(c[3]);
        solid.setControlX2(c[4]);
        solid.setControlY2(c[5]);
        solid.setEndX(c[6]);
        solid.setEndY(c[7]);
        start.setCenterX(c[0]);
        start.setCenterY(c[1]);
        end.setCenterX(c[6]);
        end.setCenterY(c[7]);
    }

    void dispose() {
        pairing.listenerSlot().geometryProperty().removeListener(follow);
        pairing.connectorSlot().geometryProperty().removeListener(follow);
    }
}
