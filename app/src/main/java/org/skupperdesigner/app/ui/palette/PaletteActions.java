package org.skupperdesigner.app.ui.palette;

import javafx.beans.value.ObservableBooleanValue;

import org.skupperdesigner.model.network.Platform;
import org.skupperdesigner.model.network.Position;

/** What the palette asks the window to do when an entry is clicked or dropped on the canvas. */
public interface PaletteActions {

    void addSite(Platform platform);

    void addListener();

    void addConnector();

    void addMultiKeyListener();

    void insertTemplate(DesignTemplate template);

    /** True while a site (or something in a site) is selected, so listeners and connectors have a home. */
    ObservableBooleanValue hasSiteSelected();

    /** A site dropped on the canvas: its card's top-left corner at {@code position} (world coordinates). */
    void addSiteAt(Platform platform, Position position);

    /** A listener, connector or multi-key listener dropped on the card of {@code siteId}. */
    void addResourceTo(String siteId, ServiceKind kind);

    /** A template dropped on the canvas: its top-left site at {@code topLeft} (world coordinates). */
    void insertTemplateAt(DesignTemplate template, Position topLeft);
}
