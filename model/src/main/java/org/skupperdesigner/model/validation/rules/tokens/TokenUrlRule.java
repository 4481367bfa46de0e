package org.skupperdesigner.model.validation.rules.tokens;

import java.net.URI;
import java.net.URISyntaxException;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AccessToken;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** A token's url is the grant server's https URL (B.6); anything else cannot be redeemed. */
public final class TokenUrlRule extends AbstractSiteRule {

    public TokenUrlRule() {
        super("token.url", Severity.ERROR, "An AccessToken's url is not an https URL with a host.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.resourcesOf(AccessToken.class).forEach(t -> {
            String url = t.spec().url();
            if (url == null || url.isBlank()) {
                return; // resource.required-field
            }
            if (!valid(url)) {
                reportField(out, "spec.url",
                        t.kindAndName() + " in site " + site.id() + " has url '" + url + "'; redemption needs "
                                + "the grant's https URL.",
                        "Copy url, code and ca from the AccessGrant's status (or use the token file the CLI wrote).",
                        site.elementId(t));
            }
        });
    }

    private static boolean valid(String url) {
        try {
            URI u = new URI(url);
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
