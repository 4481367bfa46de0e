package org.skupperdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StatusBarViewTest {

    @Test
    void saysWhetherTheDesignIsSavedAndWhere() {
        Path file = Path.of("designs", "hello.skupper-design.yaml");
        assertThat(StatusBarView.fileStatus(file, false)).isEqualTo("saved  ·  " + file);
        assertThat(StatusBarView.fileStatus(file, true)).isEqualTo("● modified  ·  " + file);
        assertThat(StatusBarView.fileStatus(null, false)).isEqualTo("new design");
        assertThat(StatusBarView.fileStatus(null, true)).isEqualTo("● not saved yet");
    }
}
