package org.skupperdesigner.router.observe;

/** Receives router events on the runtime's event executor, never on an event loop. */
@FunctionalInterface
public interface RouterEventListener {
    void onEvent(RouterEvent event);
}
