package org.skupperdesigner.model.network;

import org.skupperdesigner.model.resource.ResourceKind;

/**
 * Element ids as used by diagnostics, the command line and the designer:
 * {@code site/<siteId>}, {@code link/<linkId>} and {@code <siteId>/<Kind>/<name>} for resources.
 */
public final class ElementIds {

    public static final String SITE_PREFIX = "site/";
    public static final String LINK_PREFIX = "link/";

    private ElementIds() {
    }

    public static String site(String siteId) {
        return SITE_PREFIX + siteId;
    }

    public static String link(String linkId) {
        return LINK_PREFIX + linkId;
    }

    public static String resource(String siteId, ResourceKind kind, String name) {
        return siteId + "/" + kind.kind() + "/" + name;
    }

    public static boolean isSite(String elementId) {
        return elementId.startsWith(SITE_PREFIX);
    }

    public static boolean isLink(String elementId) {
        return elementId.startsWith(LINK_PREFIX);
    }

    /** The site id an element belongs to: the site itself, or the site owning a resource; null for links. */
    public static String siteOf(String elementId) {
        if (isSite(elementId)) {
            return elementId.substring(SITE_PREFIX.length());
        }
        if (isLink(elementId)) {
            return null;
        }
        int slash = elementId.indexOf('/');
        return slash < 0 ? null : elementId.substring(0, slash);
    }
}
