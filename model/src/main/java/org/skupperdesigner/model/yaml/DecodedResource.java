package org.skupperdesigner.model.yaml;

import org.skupperdesigner.model.diagnostic.SourceLocation;
import org.skupperdesigner.model.resource.SkupperResource;

/** A resource read from YAML, with where it started and where its fields were written. */
public record DecodedResource(SkupperResource resource, SourceLocation location, FieldPositions fields) {
}
