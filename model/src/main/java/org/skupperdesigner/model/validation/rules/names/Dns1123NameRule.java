package org.skupperdesigner.model.validation.rules.names;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * Kubernetes object names are DNS-1123 subdomains. Checked for every resource on Kubernetes sites and for the kinds
 * the system-mode validator does not cover on system sites (those get {@code name.system-label}).
 */
public final class Dns1123NameRule extends AbstractSiteRule {

    public Dns1123NameRule() {
        super("name.dns1123", Severity.ERROR,
                "A resource name is not a Kubernetes object name (DNS-1123 subdomain, at most 253 characters).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        for (SkupperResource r : site.resources()) {
            boolean covered = site.platform().isKubernetes() || !SystemNamedKinds.KINDS.contains(r.kind());
            if (covered && !Names.isDns1123Subdomain(r.name())) {
                reportField(out, "metadata.name",
                        r.kindAndName() + " in site " + site.id() + " has an invalid name " + Names.quote(r.name())
                                + ": Kubernetes names are lowercase letters, digits, '-' and '.', start and end with "
                                + "a letter or digit, at most 253 characters.",
                        "Rename it, e.g. to '" + NameSuggestions.subdomain(r.name()) + "'.", site.elementId(r));
            }
        }
    }
}
