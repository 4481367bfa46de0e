package org.skupperdesigner.model.validation.rules.sites;

import java.util.List;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.Site;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** One Site per namespace: Kubernetes ignores the second, system mode refuses to start (A.1). */
public final class MultipleSiteResourcesRule extends AbstractSiteRule {

    public MultipleSiteResourcesRule() {
        super("site.multiple-site-resources", Severity.ERROR, "A site holds more than one Site resource.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        List<Site> sites = site.resourcesOf(Site.class).toList();
        for (int i = 1; i < sites.size(); i++) {
            report(out, "Site " + site.id() + " holds a second Site resource '" + sites.get(i).name()
                            + "'; only one Site per namespace is active (\"An active site already exists in the "
                            + "namespace (" + sites.get(0).name() + ")\").",
                    "Remove it, or move it to a site of its own with another namespace.",
                    site.elementId(sites.get(i)));
        }
    }
}
