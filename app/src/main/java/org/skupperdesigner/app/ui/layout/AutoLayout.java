package org.skupperdesigner.app.ui.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.LayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.network.Position;

/**
 * Automatic placement of sites with JGraphT's drawing algorithms. Pure (no JavaFX), deterministic (fixed seed) and
 * meant to run off the UI thread; the result is a map of new positions that the window applies as one edit, so the
 * user can undo it or adjust it by hand.
 */
public final class AutoLayout {

    /** The layouts offered. */
    public enum Kind { FORCE_DIRECTED, CIRCULAR }

    private static final double SPACING = 430;
    private static final double GRID = 20;

    public Map<String, Position> layout(Network network, Kind kind) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        network.sites().forEach(s -> graph.addVertex(s.id()));
        for (NetworkLink link : network.links()) {
            if (!link.fromSite().equals(link.toSite()) && graph.containsVertex(link.fromSite())
                    && graph.containsVertex(link.toSite())) {
                graph.addEdge(link.fromSite(), link.toSite());
            }
        }
        int n = Math.max(1, network.sites().size());
        double side = Math.max(SPACING * 1.5, Math.sqrt(n) * SPACING);
        double radius = circleRadius(n);
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(kind == Kind.CIRCULAR
                ? Box2D.of(0, 0, 2 * radius + SPACING, 2 * radius + SPACING) : Box2D.of(0, 0, side * 1.4, side));
        algorithm(kind, n).layout(graph, model);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (NetworkSite s : network.sites()) {
            Point2D p = model.get(s.id());
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
        }
        double originX = network.sites().stream().mapToDouble(s -> s.position().x()).min().orElse(0);
        double originY = network.sites().stream().mapToDouble(s -> s.position().y()).min().orElse(0);
        Map<String, Position> positions = new LinkedHashMap<>();
        for (NetworkSite s : network.sites()) {
            Point2D p = model.get(s.id());
            positions.put(s.id(), new Position(snap(originX + p.getX() - minX), snap(originY + p.getY() - minY)));
        }
        return positions;
    }

    private static LayoutAlgorithm2D<String, DefaultEdge> algorithm(Kind kind, int n) {
        if (kind == Kind.CIRCULAR) {
            return new CircularLayoutAlgorithm2D<>(circleRadius(n));
        }
        // fewer iterations on big designs keep the O(n^2)-per-iteration cost near a second at 500 sites
        // (JGraphT's Barnes-Hut variant throws from its quad tree on some inputs, so it is not used)
        return new FRLayoutAlgorithm2D<>(n > 200 ? 80 : 300, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(42));
    }

    private static double circleRadius(int n) {
        return Math.max(SPACING * 0.8, n * SPACING * 0.75 / (2 * Math.PI));
    }

    private static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }
}
