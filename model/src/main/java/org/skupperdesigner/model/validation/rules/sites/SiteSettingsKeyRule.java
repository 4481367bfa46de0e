package org.skupperdesigner.model.validation.rules.sites;

import java.util.Map;

import org.skupperdesigner.model.diagnostic.Severity;
import org.skupperdesigner.model.network.NetworkSite;
import org.skupperdesigner.model.validation.AbstractSiteRule;
import org.skupperdesigner.model.validation.DiagnosticSink;

/** The docs name some Site settings differently from the keys the controller reads; those have no effect (B.1). */
public final class SiteSettingsKeyRule extends AbstractSiteRule {

    private static final Map<String, String> DOC_TO_CODE = Map.of(
            "routerLogging", "router-logging",
            "routerDataConnections", "router-data-connection-count");

    public SiteSettingsKeyRule() {
        super("site.settings-key", Severity.WARNING,
                "A Site setting uses the documented key name that the controller does not read.");
    }

    @Override
    public void checkSite(NetworkSite site, DiagnosticSink out) {
        site.siteResource().ifPresent(s -> s.spec().settings().keySet().forEach(key -> {
            String code = DOC_TO_CODE.get(key);
            if (code != null) {
                reportField(out, "spec.settings." + key,
                        "Site " + site.id() + " sets '" + key + "', which the controller ignores; it reads '"
                        + code + "'.", "Rename the setting to '" + code + "'.", site.elementId(s));
            }
        }));
    }
}
