package dev.rasd.enrich.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static Delivery daily(String at, String zone) {
        return new Delivery(Delivery.Mode.DAILY, LocalTime.parse(at), zone, List.of(), 0);
    }

    private static Delivery hourly(String zone) {
        return new Delivery(Delivery.Mode.HOURLY, null, zone, List.of(), 0);
    }

    private static DigestSchedule.Period period(Delivery delivery, String instant) {
        return DigestSchedule.periodOf(delivery, Instant.parse(instant));
    }

    @Test
    void aDailyDigestAtNineInRiyadhCoversTheDayThatEndsAtNineLocalTime() {
        Delivery nine = daily("09:00", "Asia/Riyadh");
        assertThat(period(nine, "2026-03-10T05:59:59Z"))
                .isEqualTo(new DigestSchedule.Period(Instant.parse("2026-03-09T06:00:00Z"),
                        Instant.parse("2026-03-10T06:00:00Z")));
        assertThat(period(nine, "2026-03-10T06:00:00Z"))
                .as("the instant the period ends belongs to the next one")
                .isEqualTo(new DigestSchedule.Period(Instant.parse("2026-03-10T06:00:00Z"),
                        Instant.parse("2026-03-11T06:00:00Z")));
    }

    @Test
    void aDailyDayIsTwentyThreeOrTwentyFiveHoursLongWhenTheClocksChangeInIt() {
        Delivery eight = daily("08:00", "Europe/Paris");
        DigestSchedule.Period spring = period(eight, "2026-03-29T12:00:00Z");
        assertThat(spring.start()).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(Duration.between(period(eight, "2026-03-28T12:00:00Z").start(), spring.start()))
                .as("the day the clocks go forward").isEqualTo(Duration.ofHours(23));
        DigestSchedule.Period autumn = period(eight, "2026-10-24T12:00:00Z");
        assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aDailyTimeInTheHourTheClocksSkipIsTakenJustAfterTheGap() {
        DigestSchedule.Period period = period(daily("02:30", "Europe/Paris"), "2026-03-29T00:00:00Z");
        assertThat(period.end()).as("03:30 CEST, 02:30 does not exist that night")
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void hourlyPeriodsFollowTheLocalHourAndAnHourThatHappensTwiceIsTwoPeriods() {
        assertThat(period(hourly("Asia/Kolkata"), "2026-05-01T10:10:00Z"))
                .as("a zone half an hour off UTC")
                .isEqualTo(new DigestSchedule.Period(Instant.parse("2026-05-01T09:30:00Z"),
                        Instant.parse("2026-05-01T10:30:00Z")));
        Delivery newYork = hourly("America/New_York");
        DigestSchedule.Period firstOneAm = period(newYork, "2026-11-01T05:30:00Z");
        DigestSchedule.Period secondOneAm = period(newYork, "2026-11-01T06:30:00Z");
        assertThat(firstOneAm.end()).isEqualTo(secondOneAm.start());
        assertThat(Duration.between(secondOneAm.start(), secondOneAm.end())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withoutATimeZoneAndATimeADailyDigestIsDueAtMidnightUtc() {
        Delivery midnight = new Delivery(Delivery.Mode.DAILY, null, null, List.of(), 0);
        assertThat(period(midnight, "2026-03-10T23:00:00Z").end()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
    }

    @Test
    void aPeriodIsOverAtItsEnd() {
        DigestSchedule.Period period = period(hourly(null), "2026-03-10T10:15:00Z");
        assertThat(period.isOverAt(Instant.parse("2026-03-10T10:59:59Z"))).isFalse();
        assertThat(period.isOverAt(Instant.parse("2026-03-10T11:00:00Z"))).isTrue();
    }

    @Test
    void anImmediateDeliveryHasNoPeriods() {
        assertThatThrownBy(() -> DigestSchedule.periodOf(Delivery.IMMEDIATE, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
