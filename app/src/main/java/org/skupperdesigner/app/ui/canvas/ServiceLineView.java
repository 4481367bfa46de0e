package org.skupperdesigner.app.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;

/**
 * A routing-key pairing: a dashed curve from a listener row to a connector row with the same key, leaving each card
 * on the side that faces the other.
 */
final class ServiceLineView extends Group {

    private final SiteCardView listenerCard;
    private final String listenerId;
    private final SiteCardView connectorCard;
    private final String connectorId;
    private final CubicCurve curve = new CubicCurve();
    private final Circle start = new Circle(3.5);
    private final Circle end = new Circle(3.5);
    private final InvalidationListener follow = o -> refresh();

    ServiceLineView(SiteCardView listenerCard, String listenerId, SiteCardView connectorCard, String connectorId) {
        this.listenerCard = listenerCard;
        this.listenerId = listenerId;
        this.connectorCard = connectorCard;
        this.connectorId = connectorId;
        getStyleClass().add("service-line");
        curve.getStyleClass().add("service-curve");
        start.getStyleClass().add("service-port");
        end.getStyleClass().add("service-port");
        setMouseTransparent(true);
        getChildren().addAll(curve, start, end);
        listenerCard.geometryProperty().addListener(follow);
        connectorCard.geometryProperty().addListener(follow);
        refresh();
    }

    String listenerId() {
        return listenerId;
    }

    String connectorId() {
        return connectorId;
    }

    void refresh() {
        boolean same = listenerCard == connectorCard;
        boolean rightward = same || connectorCard.centerX() >= listenerCard.centerX();
        double sx = listenerCard.worldX() + (rightward ? SiteCardView.WIDTH : 0);
        double sy = listenerCard.rowCenterY(listenerId);
        double ex = connectorCard.worldX() + (rightward && !same ? 0 : SiteCardView.WIDTH);
        double ey = connectorCard.rowCenterY(connectorId);
        double bend = same ? 40 : Math.max(40, Math.abs(ex - sx) / 2.5);
        curve.setStartX(sx);
        curve.setStartY(sy);
        curve.setControlX1(sx + (rightward ? bend : -bend));
        curve.setControlY1(sy);
        curve.setControlX2(ex + (rightward && !same ? -bend : bend));
        curve.setControlY2(ey);
        curve.setEndX(ex);
        curve.setEndY(ey);
        start.setCenterX(sx);
        start.setCenterY(sy);
        end.setCenterX(ex);
        end.setCenterY(ey);
    }

    void dispose() {
        listenerCard.geometryProperty().removeListener(follow);
        connectorCard.geometryProperty().removeListener(follow);
    }
}
