package dev.rasd.contract;

import java.time.Instant;

/**
 * A record a service could not process, with the reason: the value of a {@link Topics#deadLetters()} record,
 * keyed like the original.
 *
 * @param schemaVersion the contract version that wrote this record
 * @param service the service that gave up, e.g. {@code enrich-service}
 * @param topic the topic the record came from, or null when it was made by the service (e.g. a webhook alert)
 * @param partition the partition it came from, or -1
 * @param offset its offset, or -1
 * @param key the original key as text, or null
 * @param reason why it failed, in one line
 * @param payload the original value as text (UTF-8, truncated to a bounded size)
 * @param failedAt when it failed
 */
public record DeadLetter(
        int schemaVersion,
        String service,
        String topic,
        int partition,
        long offset,
        String key,
        String reason,
        String payload,
        Instant failedAt) {

    /** The most characters of the original payload kept in a dead letter. */
    public static final int MAX_PAYLOAD_CHARS = 100_000;

    /** A dead letter of the current schema version; the payload is truncated to {@link #MAX_PAYLOAD_CHARS}. */
    public static DeadLetter of(String service, String topic, int partition, long offset, String key, String reason,
            String payload) {
        String kept = payload != null && payload.length() > MAX_PAYLOAD_CHARS
                ? payload.substring(0, MAX_PAYLOAD_CHARS)
                : payload;
        return new DeadLetter(SchemaVersion.CURRENT, service, topic, partition, offset, key, reason, kept,
                Instant.now());
    }
}
