package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedHintsTest {

    @Test
    void prefersTtl() {
        assertThat(new FeedHints(20, "hourly", 2).suggestedInterval()).contains(Duration.ofMinutes(20));
    }

    @Test
    void dividesTheUpdatePeriodByItsFrequency() {
        assertThat(new FeedHints(null, "hourly", 4).suggestedInterval()).contains(Duration.ofMinutes(15));
        assertThat(new FeedHints(null, " Daily ", null).suggestedInterval()).contains(Duration.ofDays(1));
        assertThat(new FeedHints(0, "weekly", 0).suggestedInterval()).contains(Duration.ofDays(7));
    }

    @Test
    void givesNothingWithoutUsableHints() {
        assertThat(FeedHints.NONE.suggestedInterval()).isEmpty();
        assertThat(new FeedHints(null, "fortnightly", 1).suggestedInterval()).isEmpty();
    }
}
