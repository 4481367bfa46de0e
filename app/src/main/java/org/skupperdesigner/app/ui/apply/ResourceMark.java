package org.skupperdesigner.app.ui.apply;

import java.util.Objects;

import org.skupperdesigner.model.network.ElementIds;

/**
 * One thing the canvas marks after an apply or a comparison with the live network: a status (Ready, Operational,
 * Matched, or why not) or a drift (changed live, missing live, extra live, site unreachable) of one design element.
 *
 * @param siteId    the site it belongs to (links: the dialing site)
 * @param elementId {@code <site>/<Kind>/<name>} (drawn on the resource row), {@code link/<id>} (on the link) or
 *                  {@code site/<id>} (listed under the site card: extra objects, unreachable, site-level changes)
 * @param kind      what sort of mark
 * @param label     short text for the canvas ("Matched", "changed live", "Connector/by-hand")
 * @param detail    the full story for the tooltip and the dialog's table (field differences, status message)
 */
public record ResourceMark(String siteId, String elementId, Kind kind, String label, String detail) {

    /** The sorts of marks, with the style class and the symbol the canvas draws them with. */
    public enum Kind {
        READY("mark-ok", "✔", "ready"),
        WAITING("mark-waiting", "…", "not yet"),
        FAILED("mark-bad", "✖", "failed"),
        CHANGED("mark-changed", "~", "changed live"),
        MISSING("mark-missing", "−", "missing live"),
        EXTRA("mark-extra", "+", "extra live"),
        NOT_MADE("mark-missing", "−", "link not made"),
        UNREACHABLE("mark-bad", "⚠", "unreachable");

        private final String styleClass;
        private final String symbol;
        private final String description;

        Kind(String styleClass, String symbol, String description) {
            this.styleClass = styleClass;
            this.symbol = symbol;
            this.description = description;
        }

        public String styleClass() {
            return styleClass;
        }

        public String symbol() {
            return symbol;
        }

        /** For the dialog's table: "changed live", "missing live", ... */
        public String description() {
            return description;
        }

        public boolean isDrift() {
            return this == CHANGED || this == MISSING || this == EXTRA || this == NOT_MADE;
        }
    }

    public ResourceMark {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
    }

    public boolean onSite() {
        return ElementIds.isSite(elementId);
    }

    public boolean onLink() {
        return ElementIds.isLink(elementId);
    }

    /** What the canvas shows: {@code ✔ Matched}. */
    public String text() {
        return kind.symbol() + " " + label;
    }

    /** What the element is, for people: {@code Listener/backend}, {@code link east-to-west}, {@code site west}. */
    public String element() {
        if (onLink()) {
            return "link " + elementId.substring(ElementIds.LINK_PREFIX.length());
        }
        if (onSite()) {
            return "site " + elementId.substring(ElementIds.SITE_PREFIX.length());
        }
        return elementId.substring(elementId.indexOf('/') + 1);
    }
}
