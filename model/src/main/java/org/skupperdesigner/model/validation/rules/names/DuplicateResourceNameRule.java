package org.skupperdesigner.model.validation.rules.names;

import java.util.HashSet;
import java.util.Set;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.resource.SkupperResource;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** Two resources of one kind with one name in a site: applying them, the second silently replaces the first. */
public final class DuplicateResourceNameRule extends AbstractSiteRule {

    public DuplicateResourceNameRule() {
        super("name.duplicate", Severity.ERROR, "Two resources of the same kind have the same name in one site.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (SkupperResource r : site.resources()) {
            String key = r.kindAndName();
            if (!seen.add(key) && reported.add(key)) {
                reportField(out, "metadata.name", "Site " + site.id() + " holds more than one " + key
                                + "; when applied, the last one replaces the others.",
                        "Rename or remove the duplicates.", site.elementId(r));
            }
        }
    }
}
