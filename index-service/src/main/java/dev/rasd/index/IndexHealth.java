package dev.rasd.index;

import java.time.Instant;

/**
 * A snapshot of index-service's health for the {@code /health} endpoint.
 *
 * @param running whether the consumer loop runs
 * @param elasticsearchUnavailableSince since when Elasticsearch has been failing writes, or null while it takes them
 * @param lastError the last Elasticsearch failure in one line (no credentials), or null
 * @param unfinishedRecords records polled whose documents are not yet acknowledged
 * @param indexed documents acknowledged since start
 * @param deadLettered records sent to the dead-letter topic since start
 */
public record IndexHealth(
        boolean running,
        Instant elasticsearchUnavailableSince,
        String lastError,
        int unfinishedRecords,
        long indexed,
        long deadLettered) {

    /** Whether the service runs and Elasticsearch takes its writes. */
    public boolean healthy() {
        return running && elasticsearchUnavailableSince == null;
    }

    /** One line for humans, e.g. {@code elasticsearch unavailable since 2026-11-03T10:15:30Z: ConnectException…}. */
    public String describe() {
        if (!running) {
            return lastError == null ? "stopped" : "stopped; last error: " + lastError;
        }
        if (elasticsearchUnavailableSince != null) {
            return "elasticsearch unavailable since " + elasticsearchUnavailableSince + ": " + lastError;
        }
        return "ok";
    }
}
