package org.skupperdesigner.app.ui.canvas;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.app.ui.common.StrategyText;
import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * One resource inside a site card. Listeners and connectors (and multi-key listeners and bound attached connectors)
 * are the card's ports: they show their routing key and are where service lines attach; other kinds are shown as
 * quieter rows.
 */
final class ResourceRow extends HBox {

    private final String elementId;
    private final boolean port;

    ResourceRow(String elementId, SkupperResource resource) {
        this.elementId = elementId;
        ServiceSide side = ServiceSide.of(resource);
        this.port = side != ServiceSide.NONE;
        CanvasRoles.mark(this, CanvasRoles.RESOURCE, elementId);
        getStyleClass().addAll("resource-row", port ? "port-row" : "other-row",
                resource.kind().kind().toLowerCase(java.util.Locale.ROOT) + "-row");
        // a multi-key listener looks like a listener, a bound attached connector like a connector
        if (side == ServiceSide.CONSUMER && !(resource instanceof Listener)) {
            getStyleClass().add("listener-row");
        } else if (side == ServiceSide.PROVIDER && !(resource instanceof Connector)) {
            getStyleClass().add("connector-row");
        }
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        FontIcon icon = Icons.of(icon(resource), 13);
        Text name = CardText.text(resource.name(), "row-name");
        HBox.setMargin(name, new Insets(0, 0, 0, 1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(icon, name, spacer);

        String key = routingKey(resource);
        if (key != null) {
            getChildren().add(CardText.pill(key, "key-pill"));
        }
        Integer portNumber = portNumber(resource);
        getChildren().add(CardText.text(portNumber != null ? ":" + portNumber : port ? "" : resource.kind().kind(),
                "row-detail"));
    }

    String elementId() {
        return elementId;
    }

    boolean isPort() {
        return port;
    }

    /** The routing key a row shows: a multi-key listener's keys in short form, or null for rows without one. */
    static String routingKey(SkupperResource resource) {
        if (resource instanceof Listener l) {
            return l.spec().routingKey();
        }
        if (resource instanceof Connector c) {
            return c.spec().routingKey();
        }
        if (resource instanceof MultiKeyListener m) {
            return m.spec().strategy() == null ? null : StrategyText.shortForm(m.spec().strategy());
        }
        if (resource instanceof AttachedConnectorBinding b) {
            return b.spec().routingKey();
        }
        return null;
    }

    private static Integer portNumber(SkupperResource resource) {
        if (resource instanceof Listener l) {
            return l.spec().port();
        }
        if (resource instanceof Connector c) {
            return c.spec().port();
        }
        if (resource instanceof MultiKeyListener m) {
            return m.spec().port();
        }
        return null;
    }

    private static Ikon icon(SkupperResource resource) {
        switch (resource.kind()) {
            case LISTENER:
                return Feather.LOG_IN;
            case CONNECTOR:
                return Feather.LOG_OUT;
            case LINK:
                return Feather.LINK_2;
            case ACCESS_GRANT:
            case ACCESS_TOKEN:
                return Feather.KEY;
            case ROUTER_ACCESS:
            case SECURED_ACCESS:
                return Feather.SHIELD;
            case CERTIFICATE:
            case SECRET:
                return Feather.LOCK;
            case MULTI_KEY_LISTENER:
                return Feather.SHUFFLE;
            default:
                return Feather.PAPERCLIP;
        }
    }
}
