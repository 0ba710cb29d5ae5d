package dev.rasd.enrich.digest;

import dev.rasd.contract.Delivery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The digest periods of a watch: for an hourly watch each hour of its time zone, for a daily watch the day that
 * ends at its local time {@link Delivery#at()} (midnight when it names none). Pure. Safe across daylight-saving
 * changes: a local hour that happens twice is two periods, one that does not exist is skipped, and a day is 23 or
 * 25 hours long when the clocks change in it; a daily time in a skipped hour is taken just after the gap.
 */
public final class DigestSchedule {

    private DigestSchedule() {}

    /**
     * One period, from {@code start} (included) to {@code end} (excluded): its digest is due at {@code end}.
     *
     * @param start the first instant of the period
     * @param end the first instant after it
     */
    public record Period(Instant start, Instant end) {

        /** Whether the period is over at {@code now}, so its digest is due. */
        public boolean isOverAt(Instant now) {
            return !now.isBefore(end);
        }
    }

    /**
     * The period of {@code delivery} that contains {@code instant}.
     *
     * @throws IllegalArgumentException for an immediate delivery, which has no periods, or an unknown time zone
     */
    public static Period periodOf(Delivery delivery, Instant instant) {
        ZoneId zone = delivery.zone();
        ZonedDateTime local = instant.atZone(zone);
        return switch (delivery.mode()) {
            case HOURLY -> {
                ZonedDateTime start = local.truncatedTo(ChronoUnit.HOURS);
                yield new Period(start.toInstant(), start.plusHours(1).toInstant());
            }
            case DAILY -> {
                LocalTime at = delivery.at() == null ? LocalTime.MIDNIGHT : delivery.at();
                LocalDate day = local.toLocalDate();
                Instant today = dailyAt(day, at, zone);
                yield today.isAfter(instant)
                        ? new Period(dailyAt(day.minusDays(1), at, zone), today)
                        : new Period(today, dailyAt(day.plusDays(1), at, zone));
            }
            case IMMEDIATE -> throw new IllegalArgumentException("an immediate delivery has no digest periods");
        };
    }

    private static Instant dailyAt(LocalDate day, LocalTime at, ZoneId zone) {
        return ZonedDateTime.of(day, at, zone).toInstant();
    }
}
