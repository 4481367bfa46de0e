package org.skupperdesigner.exporters.plan;

/** Receives {@link ApplyEvent}s on the apply's thread. Implementations must return quickly. */
@FunctionalInterface
public interface ApplyListener {

    ApplyListener NONE = event -> { };

    void onEvent(ApplyEvent event);
}
