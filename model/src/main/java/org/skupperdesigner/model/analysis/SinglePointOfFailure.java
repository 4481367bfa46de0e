package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * One element whose loss hurts.
 *
 * @param element            element id (link, site or connector)
 * @param description        why it is a single point of failure
 * @param listenersLosingAll listeners that would reach no connector without it
 */
public record SinglePointOfFailure(String element, String description, List<String> listenersLosingAll) {

    public SinglePointOfFailure {
        listenersLosingAll = List.copyOf(listenersLosingAll);
    }
}
