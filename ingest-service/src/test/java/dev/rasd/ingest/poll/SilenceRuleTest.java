package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceRuleTest {

    private static final Instant LAST = Instant.parse("2026-03-01T12:00:00Z");
    private static final SilenceRule RULE = new SilenceRule(3, Duration.ofHours(6));

    /** Four items an {@code gap} apart, the last at {@link #LAST}. */
    private static PublicationRhythm every(Duration gap) {
        return new PublicationRhythm(List.of(LAST.minus(gap.multipliedBy(3)), LAST.minus(gap.multipliedBy(2)),
                LAST.minus(gap), LAST));
    }

    @Test
    void aFeedIsSilentAfterThreeUsualGapsOfNothing() {
        PublicationRhythm everyFourHours = every(Duration.ofHours(4));

        assertThat(RULE.isSilent(everyFourHours, LAST.plus(Duration.ofHours(12)))).isFalse();
        assertThat(RULE.isSilent(everyFourHours, LAST.plus(Duration.ofHours(12)).plusSeconds(1))).isTrue();
    }

    @Test
    void aFeedThatPublishesEveryFewMinutesIsNotSilentBeforeTheFloor() {
        PublicationRhythm everyFiveMinutes = every(Duration.ofMinutes(5));

        assertThat(RULE.threshold(Duration.ofMinutes(5))).isEqualTo(Duration.ofHours(6));
        assertThat(RULE.isSilent(everyFiveMinutes, LAST.plus(Duration.ofHours(5)))).isFalse();
        assertThat(RULE.isSilent(everyFiveMinutes, LAST.plus(Duration.ofHours(7)))).isTrue();
    }

    @Test
    void aFeedWhoseRhythmIsNotKnownYetIsNeverSilent() {
        PublicationRhythm twoItems = new PublicationRhythm(List.of(LAST.minus(Duration.ofHours(1)), LAST));

        assertThat(RULE.isSilent(twoItems, LAST.plus(Duration.ofDays(30)))).isFalse();
        assertThat(RULE.isSilent(new PublicationRhythm(null), LAST)).isFalse();
    }

    @Test
    void aFactorBelowOneIsRefused() {
        assertThatThrownBy(() -> new SilenceRule(0, Duration.ofHours(1)))
                .hasMessage("the silence factor must be at least 1, not 0");
    }
}
