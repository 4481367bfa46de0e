package org.skupperdesigner.model.validation;

import java.time.Duration;
import java.util.Objects;

/**
 * Knobs of the validator that are estimates rather than Skupper facts (see {@code docs/decisions/0203}).
 *
 * @param kubernetesSiteRollout how long applying one Kubernetes site takes until its grants can be redeemed
 * @param systemSiteRollout     the same for a docker, podman or linux site
 * @param nearMissMaxDistance   largest edit distance between routing keys still suggested as a typo
 */
public record ValidationOptions(Duration kubernetesSiteRollout, Duration systemSiteRollout,
                                int nearMissMaxDistance) {

    public static final ValidationOptions DEFAULTS =
            new ValidationOptions(Duration.ofMinutes(2), Duration.ofSeconds(30), 2);

    public ValidationOptions {
        Objects.requireNonNull(kubernetesSiteRollout, "kubernetesSiteRollout");
        Objects.requireNonNull(systemSiteRollout, "systemSiteRollout");
        if (nearMissMaxDistance < 0) {
            throw new IllegalArgumentException("nearMissMaxDistance must be >= 0");
        }
    }
}
