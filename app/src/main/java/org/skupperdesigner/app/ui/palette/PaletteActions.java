package org.skupperdesigner.app.ui.palette;

import javafx.beans.value.ObservableBooleanValue;

import org.skupperdesigner.model.network.Platform;

/** What the palette asks the window to do when an entry is clicked. */
public interface PaletteActions {

    void addSite(Platform platform);

    void addListener();

    void addConnector();

    void insertTemplate(DesignTemplate template);

    /** True while a site (or something in a site) is selected, so listeners and connectors have a home. */
    ObservableBooleanValue hasSiteSelected();
}
