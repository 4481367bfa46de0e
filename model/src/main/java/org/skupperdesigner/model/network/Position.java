package org.skupperdesigner.model.network;

/** A site's place on the canvas, in canvas units. */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);
}
