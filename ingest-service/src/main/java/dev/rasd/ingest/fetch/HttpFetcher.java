package dev.rasd.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polite, bounded HTTP GETs for feeds and article pages. Every request, redirects included:
 * <ul>
 *   <li>passes the {@link AddressGuard} (http/https only, no private addresses unless allowed);</li>
 *   <li>holds the {@link HostLimiter} slot of its host while it runs (one request per host, minimum delay);</li>
 *   <li>sends the honest User-Agent, {@code Accept-Encoding: gzip, deflate}, and the validators of a conditional
 *       GET;</li>
 *   <li>must deliver its whole response within the timeout, and a body within the size limit, checked while it
 *       streams and again after decompression.</li>
 * </ul>
 * Redirects (301, 302, 303, 307, 308) are followed by hand, at most {@code maxRedirects}, and a redirect back to a
 * URL already visited is a loop. When the chain starts with permanent redirects (301/308), the last URL they lead to
 * is reported as {@link FetchResponse#movedTo()} so the caller can remember it. HTTP error statuses are answers,
 * not exceptions: the caller decides what a 404 or a 429 means.
 */
public final class HttpFetcher implements AutoCloseable {

    private final FetcherSettings settings;
    private final AddressGuard guard;
    private final HostLimiter limiter;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    /** A fetcher with its own guard, sharing {@code limiter} with the other fetches to the same hosts. */
    public HttpFetcher(FetcherSettings settings, HostLimiter limiter, Clock clock) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowPrivateNetworks());
        this.limiter = limiter;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                // HTTP/1.1: no h2c upgrade attempts that some feed servers mishandle
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    /**
     * Fetches {@code request.url()}, following redirects.
     *
     * @throws FetchException when no final HTTP answer arrived (see {@link FetchException.Reason})
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public FetchResponse fetch(FetchRequest request) throws FetchException, InterruptedException {
        URI current = request.url();
        Set<URI> visited = new HashSet<>();
        visited.add(current);
        URI movedTo = null;
        boolean permanentSoFar = true;
        for (int redirects = 0; ; redirects++) {
            guard.check(current);
            HttpResponse<byte[]> response;
            try (HostLimiter.Permit ignored = limiter.acquire(current.getHost())) {
                response = send(current, request);
            }
            int status = response.statusCode();
            if (!isRedirect(status)) {
                return answer(response, current, request.maxBytes(), movedTo);
            }
            URI next = location(response, current);
            if (redirects == settings.maxRedirects()) {
                throw new FetchException(FetchException.Reason.REDIRECT_LOOP,
                        "more than " + settings.maxRedirects() + " redirects from " + request.url());
            }
            if (!visited.add(next)) {
                throw new FetchException(FetchException.Reason.REDIRECT_LOOP,
                        "redirect loop: " + current + " leads back to " + next);
            }
            boolean permanent = status == 301 || status == 308;
            permanentSoFar &= permanent;
            if (permanentSoFar) {
                movedTo = next;
            }
            current = next;
        }
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest request) throws FetchException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(),
                info -> new LimitedBodySubscriber(request.maxBytes(),
                        info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            // the request timeout only covers the headers: the deadline here also covers a body that trickles in
            return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(FetchException.Reason.TIMEOUT,
                    "no complete response from " + url + " within " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
    }

    private static FetchException failure(URI url, Throwable cause) {
        if (cause instanceof FetchException fetchException) {
            return new FetchException(fetchException.reason(), url + ": " + fetchException.getMessage(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(FetchException.Reason.TIMEOUT, url + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof IOException && cause.getCause() instanceof FetchException inner) {
            return new FetchException(inner.reason(), url + ": " + inner.getMessage(), cause);
        }
        return new FetchException(FetchException.Reason.NETWORK, url + ": " + message(cause), cause);
    }

    private static String message(Throwable cause) {
        if (cause.getMessage() != null) {
            return cause.getMessage();
        }
        // the HTTP client reports a refused connection as a ConnectException without a message, nor one in its causes
        return cause instanceof ConnectException ? "connection refused" : cause.getClass().getSimpleName();
    }

    private FetchResponse answer(HttpResponse<byte[]> response, URI url, long maxBytes, URI movedTo)
            throws FetchException {
        HttpHeaders headers = response.headers();
        byte[] body = Decompression.decode(response.body(),
                headers.firstValue("Content-Encoding").orElse(null), maxBytes);
        return new FetchResponse(
                response.statusCode(),
                url,
                body,
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null),
                CacheControl.maxAge(headers.firstValue("Cache-Control").orElse(null)).orElse(null),
                movedTo);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(HttpResponse<?> response, URI current) throws FetchException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchException.Reason.BAD_REDIRECT,
                    current + " answered " + response.statusCode() + " without a Location");
        }
        try {
            return current.resolve(URI.create(location.strip().replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.BAD_REDIRECT,
                    current + " redirects to an invalid Location: " + location, e);
        }
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
