package org.skupperdesigner.app.ui.properties;

import org.skupperdesigner.model.diagnostic.Diagnostic;
import org.skupperdesigner.model.network.ElementIds;

/**
 * A finding's message as shown under a field of its element: without the opening that names the element
 * ({@code Listener/backend in site west uses ...} becomes {@code Uses ...}), which the sheet's header already shows.
 * A message that does not open that way is shown whole.
 */
final class FindingText {

    private FindingText() {
    }

    static String besideField(Diagnostic finding) {
        String message = finding.message();
        if (finding.elementIds().isEmpty()) {
            return message;
        }
        String id = finding.elementIds().get(0);
        String site = ElementIds.siteOf(id);
        if (site == null) {
            return message;
        }
        // findings about a site's own settings open with the site ("Site west has linkAccess ..."), also when they
        // name its Site resource
        String opening = "Site " + site + " ";
        if (!message.startsWith(opening)) {
            String[] parts = id.split("/", 3);
            if (parts.length != 3) {
                return message;
            }
            opening = parts[1] + "/" + parts[2] + " in site " + site + " ";
        }
        if (!message.startsWith(opening) || message.length() == opening.length()) {
            return message;
        }
        String rest = message.substring(opening.length());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }
}
