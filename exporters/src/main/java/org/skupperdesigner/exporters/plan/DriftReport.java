package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * The design compared with what is live, per site.
 *
 * @param sites    one entry per compared site
 * @param findings problems that kept sites from being compared (unknown context, unreachable API, ...)
 */
public record DriftReport(List<SiteDrift> sites, List<PreflightFinding> findings) {

    public DriftReport {
        sites = List.copyOf(sites);
        findings = List.copyOf(findings);
    }

    public boolean inSync() {
        return findings.stream().noneMatch(PreflightFinding::isError) && sites.stream().allMatch(SiteDrift::inSync);
    }
}
