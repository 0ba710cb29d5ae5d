package dev.rasd.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    private final Env env = Env.of(Map.of("A", "30s", "B", "PT5M", "C", "7d", "D", "500ms", "N", "12", "S", "5m",
            "K", "512k", "T", "yes", "BAD", "soon", "BLANK", " "));

    @Test
    void durationsInShortAndIsoForm() {
        assertThat(env.duration("A", null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(env.duration("B", null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(env.duration("C", null)).isEqualTo(Duration.ofDays(7));
        assertThat(env.duration("D", null)).isEqualTo(Duration.ofMillis(500));
        assertThat(env.duration("MISSING", Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> env.duration("BAD", null))
                .hasMessage("BAD must be a duration such as 30s, 5m, 2h or 7d, not 'soon'");
    }

    @Test
    void numbersSizesAndFlags() {
        assertThat(env.integer("N", 0)).isEqualTo(12);
        assertThat(env.bytes("S", 0)).isEqualTo(5L * 1024 * 1024);
        assertThat(env.bytes("K", 0)).isEqualTo(512L * 1024);
        assertThat(env.bool("T", false)).isTrue();
        assertThat(env.string("BLANK", "default")).isEqualTo("default");
        assertThatThrownBy(() -> env.integer("BAD", 0)).hasMessage("BAD must be a whole number, not 'soon'");
        assertThatThrownBy(() -> env.bool("BAD", false)).hasMessage("BAD must be true or false, not 'soon'");
    }
}
