package dev.rasd.enrich.notify;

import dev.rasd.contract.Alert;
import dev.rasd.enrich.digest.Digest;
import dev.rasd.enrich.digest.DigestStory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders an alert or a digest for every channel: the email subject, a plain-text body (also the webhook's
 * {@code text}), an HTML body written right to left ({@code dir="rtl" lang="ar"}, UTF-8) so Arabic renders in order,
 * and the webhook's JSON body. Times are shown in the watch's time zone. Pure.
 */
public final class Messages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Messages() {}

    /** How many outlets carry a story, as a message says it. */
    static String carriedBy(int outlets) {
        return outlets > 1 ? "now carried by " + outlets + " outlets" : "carried by 1 outlet";
    }

    /** The message of one alert delivered at once (a new story, or its one follow-up). */
    public static OutgoingMessage ofAlert(Alert alert) {
        WebhookMessage webhook = WebhookMessage.of(alert);
        String html = page(alert.watchId() + ": " + alert.title(),
                "<h2>" + link(alert.title(), alert.url()) + "</h2>\n"
                        + "<p>" + escape(alert.source()) + (alert.kind() == Alert.Kind.FOLLOW_UP
                        ? " — " + escape(carriedBy(alert.outlets())) : "") + "</p>\n"
                        + "<blockquote>" + escape(alert.snippet()) + "</blockquote>\n");
        return new OutgoingMessage(alert.id(), "رصد | " + alert.watchId() + ": " + alert.title(), webhook.text(), html,
                webhook);
    }

    /** The message of a digest, its stories grouped, its times in {@code zone}. */
    public static OutgoingMessage ofDigest(Digest digest, ZoneId zone) {
        List<DigestStory> stories = DigestStory.of(digest.alerts());
        String period = time(digest.periodStart(), zone) + " → " + time(digest.periodEnd(), zone) + " (" + zone + ")";
        String heading = "ملخص " + digest.watchId() + ": " + stories.size() + " " + (stories.size() == 1 ? "story"
                : "stories") + ", " + period;
        StringBuilder text = new StringBuilder("رصد | ").append(heading).append('\n');
        StringBuilder html = new StringBuilder("<h1>").append(escape(heading)).append("</h1>\n<ol>\n");
        int n = 0;
        for (DigestStory story : stories) {
            String sources = String.join("، ", story.sources()) + " — " + carriedBy(story.outlets());
            String seen = "first seen " + time(story.firstSeenAt(), zone) + ", last seen "
                    + time(story.lastSeenAt(), zone);
            text.append('\n').append(++n).append(". ").append(story.title()).append('\n')
                    .append("   ").append(sources).append('\n')
                    .append("   ").append(seen).append('\n')
                    .append("   ").append(story.snippet()).append('\n');
            if (story.url() != null) {
                text.append("   ").append(story.url()).append('\n');
            }
            html.append("<li>\n<h2>").append(link(story.title(), story.url())).append("</h2>\n")
                    .append("<p>").append(escape(sources)).append("</p>\n")
                    .append("<p>").append(escape(seen)).append("</p>\n")
                    .append("<blockquote>").append(escape(story.snippet())).append("</blockquote>\n</li>\n");
        }
        html.append("</ol>\n");
        return new OutgoingMessage(digest.id(), "رصد | " + heading, text.toString(),
                page(heading, html.toString()),
                new DigestWebhookMessage(digest.id(), text.toString(), digest.watchId(), digest.periodStart(),
                        digest.periodEnd(), stories));
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "?" : TIME.format(instant.atZone(zone));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                + escape(title) + "</title>\n</head>\n"
                + "<body dir=\"rtl\" style=\"direction:rtl;text-align:right;font-family:Tahoma,Arial,sans-serif\">\n"
                + body + "</body>\n</html>\n";
    }

    private static String link(String title, String url) {
        return url == null ? escape(title) : "<a href=\"" + escape(url) + "\">" + escape(title) + "</a>";
    }

    /** {@code value} with the characters HTML gives a meaning escaped; "" for null. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
