package dev.rasd.contract;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How and when the alerts of a watch reach people.
 *
 * @param mode at once, or gathered into an hourly or daily digest
 * @param at the local time of a daily digest, in {@code timeZone}; null otherwise
 * @param timeZone the IANA time zone of {@code at} (e.g. {@code Asia/Riyadh}); null for UTC
 * @param emails the addresses that get the alerts (or digests) by email, empty for none
 * @param followUpAt the number of outlets carrying an alerted story at which an immediate watch sends one follow-up
 */
public record Delivery(Mode mode, LocalTime at, String timeZone, List<String> emails, int followUpAt) {

    /** Outlets carrying a story at which an immediate watch sends its one follow-up, unless the watch says. */
    public static final int DEFAULT_FOLLOW_UP_AT = 5;

    /** Every alert at once, no email, a follow-up at {@value #DEFAULT_FOLLOW_UP_AT} outlets. */
    public static final Delivery IMMEDIATE = new Delivery(Mode.IMMEDIATE, null, null, List.of(), DEFAULT_FOLLOW_UP_AT);

    public Delivery {
        mode = mode == null ? Mode.IMMEDIATE : mode;
        emails = emails == null ? List.of() : List.copyOf(emails);
        followUpAt = followUpAt <= 0 ? DEFAULT_FOLLOW_UP_AT : followUpAt;
    }

    /**
     * The time zone of the delivery: {@code timeZone}, or UTC when none is set.
     *
     * @throws java.time.DateTimeException when {@code timeZone} is not a valid zone id
     */
    public ZoneId zone() {
        return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    /** When alerts are sent. */
    public enum Mode {
        /** Each alert as it is raised. */
        IMMEDIATE,
        /** A digest of the hour's alerts, grouped by story, at the end of each hour. */
        HOURLY,
        /** A digest of the day's alerts, grouped by story, once a day at {@link Delivery#at()}. */
        DAILY
    }
}
