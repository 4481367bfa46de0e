package org.skupperdesigner.model.validation.rules.names;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.AttachedConnector;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;
import org.skupperdesigner.model.validation.support.Names;

/**
 * Namespaces are RFC 1123 labels: on Kubernetes at most 63 characters; system mode checks the pattern only. Also
 * checks the workload namespace of AttachedConnectors.
 */
public final class NamespaceNameRule extends AbstractSiteRule {

    public NamespaceNameRule() {
        super("name.namespace", Severity.ERROR, "A site's namespace, or an AttachedConnector's workload namespace, "
                + "is not a valid namespace name (RFC 1123 label).");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        if (!valid(site, site.namespace())) {
            reportField(out, "namespace", "Site " + site.id() + " uses namespace " + Names.quote(site.namespace())
                            + ", which is not a valid namespace name.",
                    "Use lowercase letters, digits and '-' (at most 63 characters), e.g. '"
                            + NameSuggestions.label(site.namespace()) + "'.", site.elementId());
        }
        site.resourcesOf(AttachedConnector.class).forEach(c -> {
            String ns = c.metadata().namespace();
            if (ns != null && !valid(site, ns)) {
                reportField(out, "metadata.namespace",
                        c.kindAndName() + " in site " + site.id() + " lives in namespace " + Names.quote(ns)
                                + ", which is not a valid namespace name.",
                        "Use the name of the workload namespace, e.g. '" + NameSuggestions.label(ns) + "'.",
                        site.elementId(c));
            }
        });
    }

    private static boolean valid(NetworkSite site, String ns) {
        return site.platform().isKubernetes() ? Names.isNamespace(ns) : Names.isRfc1123Label(ns);
    }
}
