package org.skupperdesigner.exporters.links;

import java.util.Optional;

import org.skupperdesigner.model.resource.Secret;

/**
 * Secrets issued earlier (a previous export's files, or what is live in a cluster), so unchanged credentials are
 * reused instead of re-issued: output stays deterministic and a re-apply writes nothing.
 */
@FunctionalInterface
public interface ExistingSecrets {

    ExistingSecrets NONE = (siteId, name) -> Optional.empty();

    Optional<Secret> find(String siteId, String secretName);
}
