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
        getChildren().addAll(curve, start, end);
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
