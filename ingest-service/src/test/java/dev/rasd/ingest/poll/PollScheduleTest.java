package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Duration MIN = Duration.ofMinutes(2);
    private static final Duration MAX = Duration.ofMinutes(60);
    private static final Instant T0 = Instant.parse("2025-01-10T12:00:00Z");

    @Test
    void unknownFeedIsPolledAtTheMinimumOrItsHint() {
        assertThat(PollSchedule.UNKNOWN.interval(MIN, MAX, null)).isEqualTo(MIN);
        assertThat(PollSchedule.UNKNOWN.interval(MIN, MAX, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
        assertThat(PollSchedule.UNKNOWN.interval(MIN, MAX, Duration.ofDays(1))).isEqualTo(MAX);
    }

    @Test
    void firstPollEstimatesTheGapFromItemDates() {
        List<Instant> dates = List.of(T0.minusSeconds(3600), T0.minusSeconds(2400), T0.minusSeconds(1200), T0);

        PollSchedule schedule = PollSchedule.UNKNOWN.observe(T0, 4, dates);

        assertThat(schedule.meanGap()).isEqualTo(Duration.ofMinutes(20));
        assertThat(schedule.interval(MIN, MAX, null)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void busyFeedIsPolledAtTheMinimum() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(1), T0);

        assertThat(schedule.interval(MIN, MAX, null)).isEqualTo(MIN);
    }

    @Test
    void newItemsPullTheMeanTowardsTheirGap() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(30), T0);

        PollSchedule after = schedule.observe(T0.plus(Duration.ofMinutes(10)), 2, List.of());

        // 0.7 × 30 min + 0.3 × (10 min ÷ 2)
        assertThat(after.meanGap()).isEqualTo(Duration.ofMinutes(22).plusSeconds(30));
        assertThat(after.lastNewItemAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void silenceLongerThanTheMeanSlowsPolling() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(10), T0);

        PollSchedule quiet = schedule.observe(T0.plus(Duration.ofMinutes(110)), 0, List.of());

        assertThat(quiet.meanGap()).isEqualTo(Duration.ofMinutes(40)); // 0.7 × 10 + 0.3 × 110
        assertThat(quiet.lastNewItemAt()).isEqualTo(T0);
        assertThat(quiet.interval(MIN, MAX, null)).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void shortSilenceChangesNothing() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(10), T0);

        assertThat(schedule.observe(T0.plus(Duration.ofMinutes(5)), 0, List.of())).isEqualTo(schedule);
    }

    @Test
    void hintLengthensTheIntervalButNotBeyondTheObservedGap() {
        PollSchedule schedule = new PollSchedule(Duration.ofMinutes(20), T0);

        assertThat(schedule.interval(MIN, MAX, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.interval(MIN, MAX, Duration.ofHours(24))).as("a pessimistic ttl is capped")
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(schedule.interval(MIN, MAX, Duration.ofMinutes(1))).as("a short hint does not speed up")
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void quietFeedIsPolledAtTheMaximum() {
        assertThat(new PollSchedule(Duration.ofDays(2), T0).interval(MIN, MAX, null)).isEqualTo(MAX);
    }
}
