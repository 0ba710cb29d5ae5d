package dev.rasd.enrich.notify;

/**
 * One thing to deliver (an alert or a digest), rendered for every channel.
 *
 * @param id the alert or digest id, the same on every delivery, so receivers can drop repeats
 * @param subject the email subject
 * @param text the plain-text body (also the webhook's {@code text})
 * @param html the HTML body, right to left
 * @param webhookBody what is POSTed, as JSON, to a webhook
 */
public record OutgoingMessage(String id, String subject, String text, String html, Object webhookBody) {}
