package org.skupperdesigner.app.ui.canvas;

import org.skupperdesigner.model.resource.AttachedConnectorBinding;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.MultiKeyListener;
import org.skupperdesigner.model.resource.SkupperResource;

/** Which end of a routing key a card row is: where clients connect, where the service runs, or neither. */
enum ServiceSide {
    CONSUMER, PROVIDER, NONE;

    static ServiceSide of(SkupperResource resource) {
        if (resource instanceof Listener || resource instanceof MultiKeyListener) {
            return CONSUMER;
        }
        if (resource instanceof Connector || resource instanceof AttachedConnectorBinding) {
            return PROVIDER;
        }
        return NONE;
    }
}
