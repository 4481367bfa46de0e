package org.skupperdesigner.app.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.skupperdesigner.app.ui.commands.PlatformNames;
import org.skupperdesigner.app.ui.common.PlatformColors;
import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.NetworkLink;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Connector;
import org.skupperdesigner.model.resource.Listener;
import org.skupperdesigner.model.resource.ResourceKind;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The canvas as SVG, drawn from the model (not from the scene graph) so the file is small, clean and editable:
 * cards with platform colour, name, mode and resources; links with direction and cost; service lines dashed.
 */
public final class SvgExporter {

    private static final double W = 250;
    private static final double HEADER = 64;
    private static final double ROW = 22;

    /** @param heights card heights on screen by site id (missing ones are computed) */
    public String render(Network network, Map<String, Double> heights) {
        ToDoubleFunction<NetworkSite> height = s -> heights.getOrDefault(s.id(), HEADER + rows(s).size() * ROW + 12);
        double minX = network.sites().stream().mapToDouble(s -> s.position().x()).min().orElse(0) - 40;
        double minY = network.sites().stream().mapToDouble(s -> s.position().y()).min().orElse(0) - 40;
        double maxX = network.sites().stream().mapToDouble(s -> s.position().x() + W).max().orElse(400) + 40;
        double maxY = network.sites().stream().mapToDouble(s -> s.position().y() + height.applyAsDouble(s)).max()
                .orElse(300) + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(java.util.Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"%.0f %.0f %.0f %.0f\" font-family=\"Inter, Segoe UI, Helvetica, Arial, sans-serif\">%n",
                minX, minY, maxX - minX, maxY - minY));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/>"
                + "</marker></defs>\n");
        svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" "
                + "fill=\"#f6f8fa\"/>%n", minX, minY, maxX - minX, maxY - minY));
        for (NetworkLink link : network.links()) {
            NetworkSite a = network.site(link.fromSite()).orElse(null);
            NetworkSite b = network.site(link.toSite()).orElse(null);
            if (a == null || b == null) {
                continue;
            }
            double ax = a.position().x() + W / 2;
            double ay = a.position().y() + height.applyAsDouble(a) / 2;
            double bx = b.position().x() + W / 2;
            double by = b.position().y() + height.applyAsDouble(b) / 2;
            double[] end = border(b, height.applyAsDouble(b), ax, ay);
            double[] start = border(a, height.applyAsDouble(a), bx, by);
            svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#57606a\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>%n", start[0], start[1],
                    end[0], end[1]));
            double mx = (start[0] + end[0]) / 2;
            double my = (start[1] + end[1]) / 2;
            svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"56\" height=\"20\" "
                    + "rx=\"10\" fill=\"white\" stroke=\"#d0d7de\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
                    + "text-anchor=\"middle\" fill=\"#24292f\">cost %d</text>%n", mx - 28, my - 10, mx, my + 4,
                    link.effectiveCost()));
        }
        for (NetworkSite s : network.sites()) {
            card(svg, s, height.applyAsDouble(s));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double[] border(NetworkSite s, double h, double tx, double ty) {
        double cx = s.position().x() + W / 2;
        double cy = s.position().y() + h / 2;
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double k = Math.min(dx == 0 ? Double.MAX_VALUE : (W / 2 + 4) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (h / 2 + 4) / Math.abs(dy));
        return new double[] {cx + dx * k, cy + dy * k};
    }

    private static void card(StringBuilder svg, NetworkSite s, double h) {
        double x = s.position().x();
        double y = s.position().y();
        String color = PlatformColors.hex(s.platform());
        svg.append(String.format(java.util.Locale.ROOT, "<g><rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" "
                + "rx=\"10\" fill=\"white\" stroke=\"#d0d7de\"/>%n", x, y, W, h));
        svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"4\" "
                + "rx=\"2\" fill=\"%s\"/>%n", x, y, W, color));
        svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"14\" "
                + "font-weight=\"600\" fill=\"#1f2328\">%s</text>%n", x + 14, y + 26, esc(s.name())));
        String mode = (s.isEdge() ? "edge" : "interior") + (s.siteSpec().hasLinkAccess()
                ? " · link access: " + s.siteSpec().linkAccess() : "");
        svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" "
                + "fill=\"%s\">%s · %s</text>%n", x + 14, y + 44, color, PlatformNames.label(s.platform()),
                esc(mode)));
        double ry = y + HEADER + 10;
        for (SkupperResource r : rows(s)) {
            String key = r instanceof Listener ? ((Listener) r).spec().routingKey()
                    : r instanceof Connector ? ((Connector) r).spec().routingKey() : null;
            String label = (r instanceof Listener ? "\u2192 " : r instanceof Connector ? "\u2190 " : "\u2022 ")
                    + r.name() + (key != null ? "  [" + key + "]" : "  " + r.kind().kind());
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" "
                    + "fill=\"#24292f\">%s</text>%n", x + 14, ry, esc(label)));
            ry += ROW;
        }
        svg.append("</g>\n");
    }

    private static List<SkupperResource> rows(NetworkSite s) {
        List<SkupperResource> rows = new ArrayList<>(s.resources());
        rows.removeIf(r -> r.kind() == ResourceKind.SITE);
        return rows;
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
