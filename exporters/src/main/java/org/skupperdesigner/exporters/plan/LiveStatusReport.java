package org.skupperdesigner.exporters.plan;

import java.util.List;

/**
 * The live status of every site, link, listener and connector of a design, read back from the platforms.
 *
 * @param resources one entry per design element that has a status (system sites have none)
 * @param findings  problems that kept sites from being read (unknown context, unreachable API, ...)
 */
public record LiveStatusReport(List<ResourceStatus> resources, List<PreflightFinding> findings) {

    public LiveStatusReport {
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
    }
}
