package org.skupperdesigner.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.skupperdesigner.app.ui.commands.PlatformNames;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SiteSpec;
import org.skupperdesigner.model.resource.SkupperResource;

/**
 * The size a site card will have once built, without building it: what links and service lines attach to, and what
 * the sketch layer draws, for cards far from the viewport. Numbers follow designer.css (card header, badges, rows);
 * {@code CardMetricsTest} keeps them within a few pixels of real cards. Built cards always report their real size.
 */
final class CardMetrics {

    /** Card border (1) and header (4 top border, 12 + 6 padding, the platform badge or the two titles: 34). */
    static final double HEADER = 57;
    /** One line of badges (17: text, 1 + 1 padding, 1 + 1 border) with the flow pane's padding (2 + 8). */
    static final double BADGE_LINE = 27;
    /** Each further line of badges: its height plus the vertical gap. */
    static final double BADGE_EXTRA_LINE = 21;
    /** The rows box: its top border and padding. */
    static final double ROWS_TOP = 5;
    static final double ROW = 26;
    /** The rows box's bottom border (transparent, but one pixel wide). */
    static final double ROWS_BOTTOM = 1;
    /** Card bottom padding and border. */
    static final double BOTTOM = 9;

    private static final double BADGE_ROOM = SiteCardView.WIDTH - 2 - 24;
    private static final double BADGE_FONT_SIZE = 10.5;
    /** Padding (7 + 7) and border (1 + 1) around a badge's text. */
    private static final double BADGE_CHROME = 16;
    private static final double BADGE_GAP = 5;

    /** Badge widths by weight and text: a design repeats a handful of badge texts, measuring each once is enough. */
    private final Map<String, Double> badgeWidths = new HashMap<>();

    /** A card's estimated height and the centre offset (from the card's top) of each resource row. */
    record Estimate(double height, Map<String, Double> rowCenters) {

        Double rowCenter(String elementId) {
            return rowCenters.get(elementId);
        }
    }

    Estimate estimate(NetworkSite site) {
        List<SkupperResource> rows = SiteCardView.shownResources(site);
        double top = HEADER + BADGE_LINE + (badgeLines(site) - 1) * BADGE_EXTRA_LINE;
        Map<String, Double> centers = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            centers.put(site.elementId(rows.get(i)), top + ROWS_TOP + i * ROW + ROW / 2);
        }
        double height = top + (rows.isEmpty() ? 0 : ROWS_TOP + rows.size() * ROW + ROWS_BOTTOM) + BOTTOM;
        return new Estimate(height, Map.copyOf(centers));
    }

    /** How many lines the badges wrap onto (same texts and fonts as {@link SiteCardView}; measured, not guessed). */
    int badgeLines(NetworkSite site) {
        SiteSpec spec = site.siteSpec();
        List<Double> widths = new ArrayList<>();
        widths.add(badgeWidth(PlatformNames.label(site.platform()), FontWeight.BOLD));
        widths.add(badgeWidth(spec.isEdge() ? "edge" : "interior", FontWeight.NORMAL));
        widths.add(badgeWidth(spec.hasLinkAccess() ? "link access: " + spec.linkAccess() : "no link access",
                FontWeight.NORMAL));
        if (spec.isHa()) {
            widths.add(badgeWidth("HA", FontWeight.NORMAL));
        }
        int lines = 1;
        double used = 0;
        for (double w : widths) {
            if (used > 0 && used + BADGE_GAP + w > BADGE_ROOM) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? BADGE_GAP : 0) + w;
            }
        }
        return lines;
    }

    private double badgeWidth(String text, FontWeight weight) {
        return badgeWidths.computeIfAbsent(weight + " " + text, k -> {
            Text probe = new Text(text);
            probe.setFont(Font.font(Font.getDefault().getFamily(), weight, BADGE_FONT_SIZE));
            return Math.ceil(probe.getLayoutBounds().getWidth()) + BADGE_CHROME;
        });
    }
}
