package dev.rasd.enrich.notify;

import dev.rasd.enrich.digest.DigestStory;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body POSTed to a watch's webhook for a digest. {@code text} is what Slack and Microsoft Teams show;
 * {@code id} is the same on every delivery of the digest, so receivers can drop repeats.
 *
 * @param id the digest id ({@code watchId@periodEnd})
 * @param text the digest as plain text
 * @param watchId the watch
 * @param periodStart the first instant of the period
 * @param periodEnd the first instant after it
 * @param stories the period's stories
 */
public record DigestWebhookMessage(String id, String text, String watchId, Instant periodStart, Instant periodEnd,
        List<DigestStory> stories) {}
