package dev.rasd.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * The final HTTP answer to a fetch, after redirects.
 *
 * @param status the HTTP status, e.g. 200, 304, 429
 * @param finalUrl the URL that gave this answer
 * @param body the body, decompressed (empty for 304)
 * @param contentType the Content-Type header, or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param retryAfter the wait a 429/503 asked for, or null
 * @param maxAge the Cache-Control max-age, or null
 * @param movedTo the URL the request was permanently redirected to (301/308 from the requested URL on), or null
 */
public record FetchResponse(
        int status,
        URI finalUrl,
        byte[] body,
        String contentType,
        String etag,
        String lastModified,
        Duration retryAfter,
        Duration maxAge,
        URI movedTo) {

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the server said the held copy is still current. */
    public boolean isNotModified() {
        return status == 304;
    }
}
