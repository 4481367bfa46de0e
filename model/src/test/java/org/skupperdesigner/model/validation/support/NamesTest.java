package org.skupperdesigner.model.validation.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NamesTest {

    private static final List<String> SAMPLES = List.of("a", "a-b", "ab.cd", "-a", "a-", "a..b", ".a", "a.", "A",
            "a_b", "9a", "a9", "a.b-c.d", "", "a-.b", "a.-b", "backend", "db-main", "x.y.z", "0.0.0.0", "a--b");

    @Test
    void handWrittenChecksAgreeWithThePatterns() {
        Random random = new Random(3);
        String alphabet = "ab0-._A";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(7); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            agree(sb.toString());
        }
        SAMPLES.forEach(NamesTest::agree);
    }

    private static void agree(String s) {
        assertThat(Names.isRfc1123Label(s)).as("label %s", s).isEqualTo(Names.RFC1123_LABEL.matcher(s).matches());
        assertThat(Names.isDns1123Subdomain(s)).as("subdomain %s", s)
                .isEqualTo(Names.DNS1123_SUBDOMAIN.matcher(s).matches());
        assertThat(Names.isCliRoutingKey(s)).as("key %s", s).isEqualTo(Names.CLI_ROUTING_KEY.matcher(s).matches());
        assertThat(Names.isServiceName(s)).as("service %s", s).isEqualTo(Names.DNS1035_LABEL.matcher(s).matches());
        assertThat(Names.isSystemHost(s) || s.contains(":")).as("host %s", s)
                .isEqualTo(Names.SYSTEM_HOST.matcher(s).matches() || Names.isIpAddress(s));
    }

    @Test
    void lengthLimits() {
        assertThat(Names.isDns1123Subdomain("a".repeat(253))).isTrue();
        assertThat(Names.isDns1123Subdomain("a".repeat(254))).isFalse();
        assertThat(Names.isNamespace("a".repeat(64))).isFalse();
        assertThat(Names.isServiceName("a".repeat(64))).isFalse();
    }

    @Test
    void systemHostsAcceptAddresses() {
        assertThat(Names.isSystemHost("192.168.1.10")).isTrue();
        assertThat(Names.isSystemHost("::1")).isTrue();
        assertThat(Names.isSystemHost("my-host.local")).isTrue();
        assertThat(Names.isSystemHost("My_Host")).isFalse();
    }
}
