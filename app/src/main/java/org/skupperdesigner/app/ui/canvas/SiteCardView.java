package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;

import org.skupperdesigner.app.ui.common.LazyTooltip;
import org.skupperdesigner.app.ui.commands.PlatformNames;
import org.skupperdesigner.app.ui.common.Icons;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * A site on the canvas: a card with the site's name, platform, mode and link access, and one row per resource
 * (listeners and connectors first: they are the ports service lines attach to). Rebuilt only when its site changed.
 */
public final class SiteCardView extends VBox {

    public static final double WIDTH = 270;

    private final String siteId;
    private final VBox rows = new VBox();
    private final Map<String, ResourceRow> rowsById = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper geometry = new ReadOnlyLongWrapper(this, "geometry");
    // change listeners, not invalidation listeners: those fire only once until someone reads the value again
    private final ChangeListener<Object> bump = (o, was, now) -> geometry.set(geometry.get() + 1);
    private NetworkSite site;

    SiteCardView(NetworkSite site) {
        this.siteId = site.id();
        CanvasRoles.mark(this, CanvasRoles.SITE, site.elementId());
        getStyleClass().add("site-card");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        rows.getStyleClass().add("card-rows");
        setCache(true);
        boundsInParentProperty().addListener(bump);
        rows.layoutYProperty().addListener(bump);
        update(site);
    }

    public String siteId() {
        return siteId;
    }

    public NetworkSite site() {
        return site;
    }

    /** Shows {@code newSite}; a no-op when it is the same value (the common case after an unrelated edit). */
    void update(NetworkSite newSite) {
        if (newSite.equals(site)) {
            return;
        }
        boolean moved = site != null && !newSite.position().equals(site.position());
        boolean contentChanged = site == null || !sameContent(site, newSite);
        site = newSite;
        if (contentChanged) {
            rebuild();
        }
        if (moved || contentChanged) {
            relocate(newSite.position().x(), newSite.position().y());
        }
    }

    private static boolean sameContent(NetworkSite a, NetworkSite b) {
        return a.withPosition(b.position()).equals(b);
    }

    private void rebuild() {
        getStyleClass().removeIf(c -> c.startsWith("platform-"));
        getStyleClass().add(Icons.platformStyleClass(site.platform()));
        getChildren().setAll(header(), badges(), rows);
        rowsById.clear();
        List<SkupperResource> shown = shownResources(site);
        List<ResourceRow> built = new ArrayList<>();
        for (SkupperResource r : shown) {
            ResourceRow row = new ResourceRow(site.elementId(r), r);
            rowsById.put(row.elementId(), row);
            row.layoutYProperty().addListener(bump);
            built.add(row);
        }
        rows.getChildren().setAll(built);
        rows.setVisible(!built.isEmpty());
        rows.setManaged(!built.isEmpty());
    }

    /** The resources a card shows as rows, in order (listeners, connectors, then the rest; stable within each). */
    static List<SkupperResource> shownResources(NetworkSite site) {
        List<SkupperResource> shown = new ArrayList<>(site.resources());
        shown.removeIf(r -> r.kind() == ResourceKind.SITE && r.name().equals(site.name()));
        shown.sort(Comparator.comparingInt(SiteCardView::rowOrder));
        return shown;
    }

    /** Where clients connect first, then where services run, then the rest. */
    private static int rowOrder(SkupperResource r) {
        return ServiceSide.of(r).ordinal();
    }

    private HBox header() {
        StackPane icon = new StackPane(Icons.of(Icons.platform(site.platform()), 18));
        icon.getStyleClass().add("platform-badge");
        Label name = new Label(site.name());
        name.getStyleClass().add("site-name");
        Label subtitle = new Label("ns " + site.namespace());
        subtitle.getStyleClass().add("site-subtitle");
        VBox titles = new VBox(1, name, subtitle);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        StackPane handle = new StackPane(Icons.of(Feather.LINK_2, 13));
        handle.getStyleClass().add("link-handle");
        CanvasRoles.mark(handle, CanvasRoles.LINK_HANDLE, site.elementId());
        LazyTooltip.install(handle, "Drag to another site to link them (this site dials the other)");
        HBox header = new HBox(10, icon, titles, handle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("card-header");
        return header;
    }

    private FlowPane badges() {
        SiteSpec spec = site.siteSpec();
        FlowPane badges = new FlowPane(5, 4);
        badges.getStyleClass().add("card-badges");
        badges.getChildren().add(badge(PlatformNames.label(site.platform()), "badge-platform"));
        badges.getChildren().add(badge(spec.isEdge() ? "edge" : "interior", spec.isEdge() ? "badge-edge"
                : "badge-interior"));
        if (spec.hasLinkAccess()) {
            badges.getChildren().add(badge("link access: " + spec.linkAccess(), "badge-access"));
        } else {
            badges.getChildren().add(badge("no link access", "badge-muted"));
        }
        if (spec.isHa()) {
            badges.getChildren().add(badge("HA", "badge-ha"));
        }
        return badges;
    }

    private static StackPane badge(String text, String styleClass) {
        return CardText.pill(text, "badge", styleClass);
    }

    ResourceRow row(String elementId) {
        return rowsById.get(elementId);
    }

    Iterable<ResourceRow> resourceRows() {
        return rowsById.values();
    }

    /** Vertical centre of a resource row in canvas (world) coordinates; the card centre when not found. */
    double rowCenterY(String elementId) {
        ResourceRow row = rowsById.get(elementId);
        if (row == null || row.getHeight() == 0) {
            return getLayoutY() + getTranslateY() + getHeight() / 2;
        }
        return getLayoutY() + getTranslateY() + rows.getLayoutY() + row.getLayoutY() + row.getHeight() / 2;
    }

    double worldX() {
        return getLayoutX() + getTranslateX();
    }

    double worldY() {
        return getLayoutY() + getTranslateY();
    }

    double centerX() {
        return worldX() + WIDTH / 2;
    }

    double centerY() {
        return worldY() + Math.max(getHeight(), 40) / 2;
    }

    /** Changes whenever the card or one of its rows moves: what attached lines follow. */
    ReadOnlyLongProperty geometryProperty() {
        return geometry.getReadOnlyProperty();
    }
}
