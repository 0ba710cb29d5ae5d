package dev.rasd.enrich.notify;

import dev.rasd.contract.Watch;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Delivers a message by every channel its watch has: its webhook, and email to its addresses. */
public final class Channels {

    private final WebhookSender webhooks;
    private final EmailSender email;

    public Channels(WebhookSender webhooks, EmailSender email) {
        this.webhooks = webhooks;
        this.email = email;
    }

    /** Whether {@code watch} has any channel at all. */
    static boolean any(Watch watch) {
        return hasWebhook(watch) || !watch.delivery().emails().isEmpty();
    }

    private static boolean hasWebhook(Watch watch) {
        return watch.webhook() != null && !watch.webhook().isBlank();
    }

    /**
     * Delivers {@code message} by the channels of {@code watch}.
     *
     * @param subject what is delivered, for reasons and logs, e.g. {@code "digest isis@2026-03-11T06:00:00Z"}
     * @return the channels it went by, e.g. {@code [webhook, email]}
     * @throws DeliveryFailedException when a channel failed for good (an earlier one may have delivered)
     * @throws IllegalArgumentException when the webhook is not a valid URL
     */
    List<String> deliver(Watch watch, String subject, OutgoingMessage message)
            throws DeliveryFailedException, InterruptedException {
        List<String> used = new ArrayList<>();
        if (hasWebhook(watch)) {
            webhooks.send(URI.create(watch.webhook()), subject, message.webhookBody());
            used.add("webhook");
        }
        if (!watch.delivery().emails().isEmpty()) {
            email.send(watch.delivery().emails(), message);
            used.add("email");
        }
        return used;
    }
}
