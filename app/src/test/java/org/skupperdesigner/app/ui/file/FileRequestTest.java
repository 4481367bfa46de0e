package org.skupperdesigner.app.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FileRequestTest {

    private final FileRequest designs = new FileRequest("Save", "Skupper designs",
            List.of("*.skupper-design.yaml", "*.yaml", "*.yml"), ".skupper-design.yaml", null, null);

    @Test
    void addsTheSuffixOnlyWhenTheNameMatchesNoPattern() {
        assertThat(designs.withSuffix(Path.of("/t/net"))).isEqualTo(Path.of("/t/net.skupper-design.yaml"));
        assertThat(designs.withSuffix(Path.of("/t/net.yaml"))).isEqualTo(Path.of("/t/net.yaml"));
        assertThat(designs.withSuffix(Path.of("/t/net.skupper-design.yaml")))
                .isEqualTo(Path.of("/t/net.skupper-design.yaml"));
        assertThat(designs.withSuffix(Path.of("/t/net.txt"))).isEqualTo(Path.of("/t/net.txt.skupper-design.yaml"));
    }
}
