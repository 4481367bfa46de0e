package org.skupperdesigner.app.ui.simulate.step;

/**
 * One link a traced connection crossed, in the direction it travelled (which need not be the direction the link
 * was dialled).
 *
 * @param linkId   the design link
 * @param fromSite the router it left
 * @param toSite   the router it reached
 * @param cost     the link's cost in the design
 */
public record LinkLeg(String linkId, String fromSite, String toSite, int cost) {
}
