package dev.rasd.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchSinceTest {

    @Test
    void minutesHoursDaysWeeks() {
        assertThat(Search.parseSince("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Search.parseSince("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Search.parseSince(" 7d ")).isEqualTo(Duration.ofDays(7));
        assertThat(Search.parseSince("2w")).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void anythingElseIsExplained() {
        for (String bad : new String[] {"24", "h", "0h", "-1d", "1.5h", "24 hours", ""}) {
            assertThatThrownBy(() -> Search.parseSince(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("e.g. 30m, 24h, 7d");
        }
        assertThatThrownBy(() -> Search.parseSince(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
