package org.skupperdesigner.router.link;

import org.skupperdesigner.router.config.LinkRole;
import org.skupperdesigner.router.config.RouterMode;

/**
 * Fixed facts about one link connection from this router's side.
 *
 * @param linkName outgoing link name (dialler) or acceptor name (acceptor; the peer id is appended once known)
 * @param cost     cost configured here (the dialler's Link cost, 1 at an acceptor)
 */
public record LinkSettings(String localRouterId, RouterMode localMode, LinkRole role, boolean dialer, String linkName,
                           int cost, long helloNanos, long deadNanos, int streamWindow) {
}
