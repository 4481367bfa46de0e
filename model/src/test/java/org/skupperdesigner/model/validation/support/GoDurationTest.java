package org.skupperdesigner.model.validation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class GoDurationTest {

    @Test
    void parsesGoSyntax() {
        assertThat(GoDuration.parse("15m")).contains(Duration.ofMinutes(15));
        assertThat(GoDuration.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("1.5h")).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("-5m")).contains(Duration.ofMinutes(-5));
        assertThat(GoDuration.parse("0")).contains(Duration.ZERO);
    }

    @Test
    void rejectsWhatGoRejects() {
        assertThat(GoDuration.parse("15")).isEmpty();
        assertThat(GoDuration.parse("15 minutes")).isEmpty();
        assertThat(GoDuration.parse("1d")).isEmpty();
        assertThat(GoDuration.parse("")).isEmpty();
    }

    @Test
    void formatsLikeGo() {
        assertThat(GoDuration.format(Duration.ofMinutes(15))).isEqualTo("15m0s");
        assertThat(GoDuration.format(Duration.ofSeconds(3725))).isEqualTo("1h2m5s");
        assertThat(GoDuration.format(Duration.ofSeconds(30))).isEqualTo("30s");
    }
}
