package dev.rasd.enrich.notify;

import dev.rasd.contract.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs webhook messages, retrying with exponential backoff on connection errors, timeouts, 429 and 5xx. Other
 * 4xx answers are final: the receiver refuses the message and retrying will not change its mind.
 */
public final class WebhookSender {

    /** Why a message could not be delivered, after the last attempt. */
    public static final class DeliveryFailedException extends Exception {
        DeliveryFailedException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final int attempts;
    private final Duration firstBackoff;
    private final Duration timeout;

    /**
     * @param attempts how many times to try, at least 1
     * @param firstBackoff the wait after the first failure; it doubles after each
     * @param timeout connect and response timeout of one attempt
     */
    public WebhookSender(int attempts, Duration firstBackoff, Duration timeout) {
        this.attempts = Math.max(1, attempts);
        this.firstBackoff = firstBackoff;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Delivers {@code message} to {@code url}.
     *
     * @throws DeliveryFailedException with the last reason when every attempt failed or the receiver refused it
     */
    public void send(URI url, WebhookMessage message) throws DeliveryFailedException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Rasd-Webhook/0.1")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(message)))
                .build();
        String reason = "not attempted";
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                reason = "HTTP " + status;
                if (status < 500 && status != 429 && status != 408) {
                    throw new DeliveryFailedException("webhook " + url.getHost() + " refused alert " + message.id()
                            + ": " + reason);
                }
            } catch (IOException e) {
                reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < attempts) {
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new DeliveryFailedException("webhook " + url.getHost() + " failed " + attempts + " times for alert "
                + message.id() + "; last: " + reason);
    }
}
