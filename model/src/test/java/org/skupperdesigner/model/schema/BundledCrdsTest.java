package org.skupperdesigner.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skupperdesigner.model.TestPaths;
import org.skupperdesigner.model.resource.AccessGrant;
import org.skupperdesigner.model.resource.AccessGrantSpec;
import org.skupperdesigner.model.resource.ObjectMeta;
import org.skupperdesigner.model.resource.ResourceKind;

class BundledCrdsTest {

    @Test
    void bundledCrdsAreTheSharedReferenceCopies() throws IOException {
        Path shared = TestPaths.repositoryRoot().resolveSibling("shared").resolve("reference/skupper-crds");
        assertThat(shared).as("../shared/reference/skupper-crds beside the checkout").isDirectory();
        List<String> compared = new ArrayList<>();
        for (ResourceKind kind : ResourceKind.values()) {
            try (InputStream bundled = BundledCrds.definition(kind)) {
                if (bundled == null) {
                    continue; // Secret is a core kind
                }
                String text = new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Path reference;
                try (var files = Files.list(shared)) {
                    reference = files.filter(f -> {
                        try {
                            return Files.readString(f).contains("kind: " + kind.kind() + "\n");
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
                }
                assertThat(text).as(kind.kind()).isEqualTo(Files.readString(reference));
                compared.add(kind.kind());
            }
        }
        assertThat(compared).hasSize(12);
    }

    @Test
    void expirationWindowsAreCheckedAsGoDurations() {
        CrdSchemaValidator validator = new CrdSchemaValidator();
        java.util.function.Function<String, List<String>> check = window -> validator.violations(new AccessGrant(
                ObjectMeta.named("g"), new AccessGrantSpec(null, window, null, null, java.util.Map.of(),
                java.util.Map.of())));

        assertThat(check.apply("15m")).isEmpty();
        assertThat(check.apply("1h30m")).isEmpty();
        assertThat(check.apply("15 minutes")).isNotEmpty();
    }
}
