package dev.rasd.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.SpikeFigures;
import dev.rasd.contract.SpikeRule;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {

    private static final SpikeRule RULE = SpikeRule.DEFAULT;
    private static final Instant HOUR = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant TWO_WEEKS_AGO = HOUR.minus(Duration.ofDays(14));
    private static final List<String> TOP = List.of("s1", "s2");

    /** {@code perDay} stories at the same hour on each of the {@code days} days before {@link #HOUR}. */
    private static Map<Instant, Integer> sameHourOnPreviousDays(int days, int perDay) {
        Map<Instant, Integer> counts = new HashMap<>();
        for (int day = 1; day <= days; day++) {
            counts.put(HOUR.minus(Duration.ofDays(day)), perDay);
        }
        return counts;
    }

    private static Alert storyPublishedAt(Instant publishedAt, Instant fetchedAt) {
        return new Alert(SchemaVersion.CURRENT, "w:s", "w", "a", "s", null, "t", "src", "ar", publishedAt, fetchedAt,
                List.of(), "", Instant.EPOCH);
    }

    @Test
    void aBurstWellAboveTheSameHoursMeanIsASpikeWithItsFigures() {
        assertThat(SpikeDetector.check(RULE, HOUR, 6, TOP, TWO_WEEKS_AGO, sameHourOnPreviousDays(14, 1)))
                .contains(new SpikeFigures(HOUR, 6, 1.0, TOP));
    }

    @Test
    void theUsualLevelOrJustThreeTimesItIsNoSpike() {
        Map<Instant, Integer> usual = sameHourOnPreviousDays(14, 1);
        assertThat(SpikeDetector.check(RULE, HOUR, 1, TOP, TWO_WEEKS_AGO, usual)).isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 3, TOP, TWO_WEEKS_AGO, usual))
                .as("more than three times the baseline, not three times").isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 4, TOP, TWO_WEEKS_AGO, usual)).isPresent();
    }

    @Test
    void fewerStoriesThanTheMinimumAreNoSpikeEvenFromNothing() {
        assertThat(SpikeDetector.check(RULE, HOUR, 2, TOP, TWO_WEEKS_AGO, Map.of())).isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 3, TOP, TWO_WEEKS_AGO, Map.of()))
                .contains(new SpikeFigures(HOUR, 3, 0.0, TOP));
    }

    @Test
    void onlyTheSameHourOfTheDayMakesTheBaselineNotTheHoursAroundIt() {
        Map<Instant, Integer> busyMornings = sameHourOnPreviousDays(14, 0);
        for (int day = 1; day <= 14; day++) {
            busyMornings.put(HOUR.minus(Duration.ofDays(day)).minus(Duration.ofHours(1)), 10);
        }
        assertThat(SpikeDetector.baseline(RULE, HOUR, TWO_WEEKS_AGO, busyMornings)).hasValue(0.0);
    }

    @Test
    void theBaselineCoversOnlyTheRulesDaysAndCountsAMissingDayAsNone() {
        Map<Instant, Integer> counts = sameHourOnPreviousDays(7, 2);
        counts.put(HOUR.minus(Duration.ofDays(20)), 100);
        assertThat(SpikeDetector.baseline(RULE, HOUR, HOUR.minus(Duration.ofDays(30)), counts))
                .as("7 days of 2 and 7 days of none over 14 days; day 20 is out of the window").hasValue(1.0);
        assertThat(SpikeDetector.baseline(new SpikeRule(3, 3, 7), HOUR, HOUR.minus(Duration.ofDays(30)), counts))
                .hasValue(2.0);
    }

    @Test
    void aNewWatchTakesTheMeanOfTheFullDaysItHasWatched() {
        Map<Instant, Integer> twoDays = sameHourOnPreviousDays(2, 2);
        Instant twoDaysAndAnHourAgo = HOUR.minus(Duration.ofDays(2)).minus(Duration.ofHours(1));
        assertThat(SpikeDetector.baseline(RULE, HOUR, twoDaysAndAnHourAgo, twoDays)).hasValue(2.0);
        assertThat(SpikeDetector.check(RULE, HOUR, 6, TOP, twoDaysAndAnHourAgo, twoDays))
                .as("6 is not more than 3 × 2").isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 7, TOP, twoDaysAndAnHourAgo, twoDays)).isPresent();
    }

    @Test
    void aWatchWithLessThanOneFullDayOfHistoryRaisesNoSpike() {
        Instant yesterdayJustAfterTheHour = HOUR.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(30));
        assertThat(SpikeDetector.baseline(RULE, HOUR, yesterdayJustAfterTheHour, Map.of())).isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 50, TOP, yesterdayJustAfterTheHour, Map.of())).isEmpty();
        assertThat(SpikeDetector.check(RULE, HOUR, 50, TOP, HOUR.minus(Duration.ofDays(1)), Map.of())).isPresent();
    }

    @Test
    void aStoryCountsAtItsPublicationTimeElseItsFetchTimeNeverInTheFuture() {
        Instant now = HOUR.plus(Duration.ofMinutes(20));
        Instant published = HOUR.minus(Duration.ofHours(5));
        assertThat(SpikeDetector.storyTime(storyPublishedAt(published, now), now)).isEqualTo(published);
        assertThat(SpikeDetector.storyTime(storyPublishedAt(null, HOUR), now)).isEqualTo(HOUR);
        assertThat(SpikeDetector.storyTime(storyPublishedAt(now.plus(Duration.ofHours(3)), now), now)).isEqualTo(now);
        assertThat(SpikeDetector.storyTime(storyPublishedAt(null, null), now)).isEqualTo(now);
    }

    @Test
    void theCurrentAndThePreviousHourAreCheckedOlderHoursOnlyCount() {
        Instant now = HOUR.plus(Duration.ofMinutes(20));
        assertThat(SpikeDetector.isChecked(HOUR, now)).isTrue();
        assertThat(SpikeDetector.isChecked(HOUR.minus(Duration.ofHours(1)), now)).isTrue();
        assertThat(SpikeDetector.isChecked(HOUR.minus(Duration.ofHours(2)), now)).isFalse();
    }

    @Test
    void countsAreKeptForTheBaselineWindowOfTheNextHourAndNoLonger() {
        Instant now = HOUR.plus(Duration.ofMinutes(20));
        assertThat(SpikeDetector.isKept(RULE, HOUR.minus(Duration.ofDays(15)), now)).isTrue();
        assertThat(SpikeDetector.isKept(RULE, HOUR.minus(Duration.ofDays(15)).minus(Duration.ofHours(1)), now))
                .isFalse();
        assertThat(SpikeDetector.hourOf(now)).isEqualTo(HOUR);
    }
}
