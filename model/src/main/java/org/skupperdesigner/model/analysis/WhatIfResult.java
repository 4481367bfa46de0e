package org.skupperdesigner.model.analysis;

import java.util.List;

/**
 * What removing one element does to the network's services.
 *
 * @param removed           element id of the removed site, link or connector
 * @param listenersLosingAll listeners (element ids) that reach some connector now and none after the removal
 * @param listenersRemoved  listeners that disappear with the removed site
 * @param note              a short remark (e.g. the link does not come up anyway), or empty
 */
public record WhatIfResult(String removed, List<String> listenersLosingAll, List<String> listenersRemoved,
                           String note) {

    public WhatIfResult {
        listenersLosingAll = List.copyOf(listenersLosingAll);
        listenersRemoved = List.copyOf(listenersRemoved);
        note = note == null ? "" : note;
    }

    public boolean harmless() {
        return listenersLosingAll.isEmpty();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("What if " + removed + " is removed: ");
        if (listenersLosingAll.isEmpty()) {
            sb.append("no listener loses its last connector");
        } else {
            sb.append(listenersLosingAll.size()).append(" listener(s) lose every connector:");
            listenersLosingAll.forEach(l -> sb.append("\n  - ").append(l));
        }
        if (!listenersRemoved.isEmpty()) {
            sb.append("\n  (").append(listenersRemoved.size()).append(" listener(s) go away with it: ")
                    .append(String.join(", ", listenersRemoved)).append(')');
        }
        if (!note.isEmpty()) {
            sb.append("\n  note: ").append(note);
        }
        return sb.append('\n').toString();
    }
}
