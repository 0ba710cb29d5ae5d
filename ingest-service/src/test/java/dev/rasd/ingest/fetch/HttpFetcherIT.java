package dev.rasd.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.ingest.support.FeedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherIT {

    private static final String AGENT = "RasdTest/1 (+https://rasd.dev/test)";
    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final FeedServer server = FeedServer.start();
    private final HttpFetcher fetcher = fetcher(true);

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private static HttpFetcher fetcher(boolean allowPrivate) {
        return new HttpFetcher(new FetcherSettings(AGENT, Duration.ofSeconds(1), 5, allowPrivate),
                new HostLimiter(Duration.ZERO), Clock.systemUTC());
    }

    private FetchResponse get(String path, long maxBytes) throws Exception {
        return fetcher.fetch(FetchRequest.feed(server.url(path), maxBytes, null, null));
    }

    private static FetchException.Reason reasonOf(Throwable e) {
        return ((FetchException) e).reason();
    }

    @Test
    void sendsTheUserAgentAndConditionalHeaders() throws Exception {
        server.serve("/feed", "application/rss+xml", FEED);

        fetcher.fetch(FetchRequest.feed(server.url("/feed"), 1000, "\"v1\"", "Fri, 10 Jan 2025 12:00:00 GMT"));

        FeedServer.Request request = server.requests("/feed").getFirst();
        assertThat(request.header("User-agent")).isEqualTo(AGENT);
        assertThat(request.header("If-none-match")).isEqualTo("\"v1\"");
        assertThat(request.header("If-modified-since")).isEqualTo("Fri, 10 Jan 2025 12:00:00 GMT");
        assertThat(request.header("Accept-encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void decompressesGzip() throws Exception {
        server.on("/feed", exchange -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(FEED);
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FeedServer.send(exchange, 200, "application/rss+xml", zipped.toByteArray());
        });

        assertThat(get("/feed", 1000).body()).isEqualTo(FEED);
    }

    @Test
    void slowServerHitsTheTimeout() {
        server.on("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(3_000); // trickles: headers arrived, the body does not
                out.write("</rss>".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
        });

        assertThatThrownBy(() -> get("/slow", 1000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.TIMEOUT));
    }

    @Test
    void redirectLoopIsDetected() {
        server.on("/a", exchange -> redirect(exchange, 302, "/b"));
        server.on("/b", exchange -> redirect(exchange, 302, "/a"));

        assertThatThrownBy(() -> get("/a", 1000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.REDIRECT_LOOP))
                .hasMessageContaining("redirect loop");
    }

    @Test
    void atMostFiveRedirectsAreFollowed() throws Exception {
        for (int i = 0; i < 6; i++) {
            int next = i + 1;
            server.on("/r" + i, exchange -> redirect(exchange, 302, "/r" + next));
        }
        server.serve("/r6", "application/rss+xml", FEED);
        server.serve("/r5", "application/rss+xml", FEED);

        assertThat(get("/r0", 1000).status()).as("5 redirects").isEqualTo(200);
        server.on("/r5", exchange -> redirect(exchange, 302, "/r6"));
        assertThatThrownBy(() -> get("/r0", 1000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.REDIRECT_LOOP))
                .hasMessageContaining("more than 5 redirects");
    }

    @Test
    void permanentRedirectsAreReportedAsMoved() throws Exception {
        server.on("/old", exchange -> redirect(exchange, 301, "/newer"));
        server.on("/newer", exchange -> redirect(exchange, 308, "/new"));
        server.serve("/new", "application/rss+xml", FEED);
        server.on("/temp", exchange -> redirect(exchange, 302, "/old"));

        FetchResponse moved = get("/old", 1000);
        FetchResponse temporary = get("/temp", 1000);

        assertThat(moved.movedTo()).isEqualTo(server.url("/new"));
        assertThat(moved.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(temporary.movedTo()).as("a temporary hop first: the feed has not moved").isNull();
    }

    @Test
    void oversizedResponseIsCutOffWhileStreaming() {
        server.on("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 1_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stopped reading
            }
        });

        assertThatThrownBy(() -> get("/big", 100_000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.TOO_LARGE));
    }

    @Test
    void declaredOversizedResponseIsRefused() {
        server.serve("/big", "application/rss+xml", new byte[200_000]);

        assertThatThrownBy(() -> get("/big", 100_000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.TOO_LARGE))
                .hasMessageContaining("Content-Length 200000");
    }

    @Test
    void retryAfterIsRead() throws Exception {
        server.on("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            FeedServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });

        FetchResponse response = get("/busy", 1000);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void redirectToAPrivateAddressIsRefused() {
        try (HttpFetcher guarded = fetcher(false)) {
            assertThatThrownBy(() -> guarded.fetch(FetchRequest.page(URI.create("http://10.0.0.1/a"), 1000)))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
            assertThatThrownBy(() -> guarded.fetch(FetchRequest.page(server.url("/a"), 1000)))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
        }
        assertThat(server.requests("/a")).as("refused before connecting").isEmpty();
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.on("/file", exchange -> redirect(exchange, 302, "file:///etc/passwd"));

        assertThatThrownBy(() -> get("/file", 1000))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.UNSUPPORTED_URL));
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, int status, String location)
            throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }
}
