package dev.rasd.launcher;

import dev.rasd.contract.Delivery;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of {@code watch add} that say how and when its alerts reach people. */
final class DeliveryOptions {

    @Option(names = "--delivery", defaultValue = "immediate",
            description = "immediate (each alert at once), hourly or daily (a digest grouped by story); default ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--at", description = "Local time of a daily digest, HH:MM (default 00:00).")
    String at;

    @Option(names = "--zone", description = "Time zone of --at and of an hourly digest, e.g. Asia/Riyadh (default UTC).")
    String zone;

    @Option(names = "--email", description = "Address that gets the alerts or digests by email (repeatable).")
    List<String> emails = List.of();

    @Option(names = "--follow-up-at", defaultValue = "" + Delivery.DEFAULT_FOLLOW_UP_AT,
            description = "Outlets carrying an alerted story at which an immediate watch sends its one follow-up (default ${DEFAULT-VALUE}).")
    int followUpAt;

    /**
     * The delivery these options describe.
     *
     * @throws IllegalArgumentException for an unknown mode, time or time zone
     */
    Delivery toDelivery() {
        Delivery.Mode parsed;
        try {
            parsed = Delivery.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--delivery must be immediate, hourly or daily, not '" + mode + "'");
        }
        LocalTime time;
        try {
            time = at == null ? null : LocalTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at must be a time HH:MM, not '" + at + "'");
        }
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("--zone must be a time zone such as Asia/Riyadh, not '" + zone + "'");
            }
        }
        return new Delivery(parsed, time, zone, emails, followUpAt);
    }
}
