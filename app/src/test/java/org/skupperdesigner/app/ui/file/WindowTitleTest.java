package org.skupperdesigner.app.ui.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WindowTitleTest {

    @Test
    void windowTitlesNameTheDesignItsFileAndUnsavedChanges() {
        assertThat(WindowTitle.of("net", null, false)).isEqualTo("Skupper Designer — net (not saved)");
        assertThat(WindowTitle.of("net", Path.of("/t/a.skupper-design.yaml"), true))
                .isEqualTo("Skupper Designer — net — a.skupper-design.yaml •");
    }
}
