package org.skupperdesigner.model.resource;

import java.util.List;
import java.util.Map;

/** Certificate spec. */
public record CertificateSpec(String ca, String subject, List<String> hosts, Boolean client, Boolean server,
                              Boolean signing, Map<String, String> settings, Map<String, Object> unknown) {

    public CertificateSpec {
        hosts = Values.listCopy(hosts);
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }
}
