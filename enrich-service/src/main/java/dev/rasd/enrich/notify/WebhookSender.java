package dev.rasd.enrich.notify;

import dev.rasd.contract.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs webhook messages as JSON, retrying with exponential backoff on connection errors, timeouts, 429 and 5xx.
 * Other 4xx answers are final: the receiver refuses the message and retrying will not change its mind.
 */
public final class WebhookSender {

    private final HttpClient http;
    private final Retries retries;
    private final Duration timeout;

    /**
     * @param attempts how many times to try, at least 1
     * @param firstBackoff the wait after the first failure; it doubles after each
     * @param timeout connect and response timeout of one attempt
     */
    public WebhookSender(int attempts, Duration firstBackoff, Duration timeout) {
        this.retries = new Retries(attempts, firstBackoff);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Delivers {@code body}, written as JSON, to {@code url}.
     *
     * @param subject what is delivered, for the reason of a failure, e.g. {@code "alert isis:a1"}
     * @throws DeliveryFailedException with the last reason when every attempt failed or the receiver refused it
     */
    public void send(URI url, String subject, Object body) throws DeliveryFailedException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Rasd-Webhook/0.1")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
        String channel = "webhook " + url.getHost();
        retries.run(channel, subject, () -> {
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new Retries.RetryableFailure(
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            if (status >= 200 && status < 300) {
                return;
            }
            if (status < 500 && status != 429 && status != 408) {
                throw new DeliveryFailedException(channel + " refused " + subject + ": HTTP " + status);
            }
            throw new Retries.RetryableFailure("HTTP " + status);
        });
    }
}
