package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body POSTed to a watch's webhook. {@code text} is what Slack and Microsoft Teams incoming webhooks show
 * as the message; {@code id} is the alert id, the same on every delivery of the alert, so receivers can drop
 * repeats (delivery is at least once).
 *
 * @param id the alert id ({@code watchId:storyId})
 * @param text a one-message summary: watch, source, title, snippet, URL (when the article has one), and for a
 *     follow-up how many outlets now carry the story
 * @param watchId the watch
 * @param title the article's headline
 * @param source the publisher
 * @param url the article, or null for a feed item without a link
 * @param snippet the passage around the match
 * @param matchedTerms the watch's terms found
 * @param publishedAt when the article was published, or null
 * @param detectedAt when Rasd raised the alert
 */
public record WebhookMessage(String id, String text, String watchId, String title, String source, String url,
        String snippet, List<String> matchedTerms, Instant publishedAt, Instant detectedAt) {

    /** The message for {@code alert}. */
    public static WebhookMessage of(Alert alert) {
        String text = "رصد | " + alert.watchId() + ": " + alert.title() + " — " + alert.source() + "\n"
                + (alert.kind() == Alert.Kind.FOLLOW_UP ? Messages.carriedBy(alert.outlets()) + "\n" : "")
                + alert.snippet() + (alert.url() == null ? "" : "\n" + alert.url());
        return new WebhookMessage(alert.id(), text, alert.watchId(), alert.title(), alert.source(), alert.url(),
                alert.snippet(), alert.matchedTerms(), alert.publishedAt(), alert.detectedAt());
    }
}
