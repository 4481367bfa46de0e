package org.skupperdesigner.app.ui.simulate.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FieldReaderTest {

    @Test
    void goodValuesReadAsInTheDesignFile() {
        FieldReader r = new FieldReader("Listener west/backend");
        assertThat(r.number("rate", " 12.5 ", 0, 100, 1, "20")).isEqualTo(12.5);
        assertThat(r.integer("concurrency", "4", 1, 10, 1, "4")).isEqualTo(4);
        assertThat(r.size("request size", "64KiB", 0)).isEqualTo(65536);
        assertThat(r.duration("delay", "250ms", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(r.duration("delay", "0", Duration.ofSeconds(1))).isEqualTo(Duration.ZERO);
        assertThat(r.fraction("failure rate", "5%", 0)).isEqualTo(0.05);
        assertThat(r.hostPort("server", "10.0.0.5:5432")).isEqualTo(new FieldReader.HostPort("10.0.0.5", 5432));
        assertThat(r.ok()).isTrue();
    }

    @Test
    void badValuesKeepThePreviousOneAndSayWhichElementAndFieldAndWhatToWrite() {
        FieldReader r = new FieldReader("Connector east/backend");
        assertThat(r.number("rate", "fast", 0, 100, 20, "20")).isEqualTo(20);
        assertThat(r.integer("concurrency", "0", 1, 10, 4, "4")).isEqualTo(4);
        assertThat(r.fraction("failure rate", "150%", 0.1)).isEqualTo(0.1);
        assertThat(r.hostPort("server", "nohost")).isNull();
        assertThat(r.ok()).isFalse();
        assertThat(r.message().split("\n")).containsExactly(
                "Connector east/backend: rate 'fast' is not a number between 0 and 100, e.g. 20.",
                "Connector east/backend: concurrency '0' is not a whole number between 1 and 10, e.g. 4.",
                "Connector east/backend: failure rate '150%' is not a fraction between 0% and 100%, e.g. 5% or 0.05.",
                "Connector east/backend: server 'nohost' is not host:port. Write the real server's address, "
                        + "e.g. 127.0.0.1:8080.");
    }
}
