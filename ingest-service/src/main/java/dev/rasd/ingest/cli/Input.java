package dev.rasd.ingest.cli;

import dev.rasd.ingest.IngestConfig;
import dev.rasd.ingest.fetch.FetchRequest;
import dev.rasd.ingest.fetch.FetchResponse;
import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * A document named on the command line: a file, or an http(s) URL fetched with the service's fetcher (so the
 * same limits, User-Agent and private-network rule apply, configured from the environment).
 *
 * @param body the bytes
 * @param contentType the HTTP Content-Type, or null for a file
 * @param location the URL the bytes came from (the file's {@code file:} URI for a file)
 */
record Input(byte[] body, String contentType, URI location) {

    /**
     * Reads {@code fileOrUrl} for a command: on failure, says why on {@code err} as {@code error: …} and returns
     * null (the command then exits 1).
     */
    static Input readOrReport(String fileOrUrl, String accept, Map<String, String> env, java.io.PrintStream err) {
        try {
            return read(fileOrUrl, accept, env);
        } catch (IOException e) {
            err.println("error: cannot read " + fileOrUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
        }
        return null;
    }

    /** Reads {@code fileOrUrl}; a URL is fetched accepting {@code accept}, at most {@code maxBytes}. */
    static Input read(String fileOrUrl, String accept, Map<String, String> env) throws IOException,
            InterruptedException {
        String lower = fileOrUrl.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            Path path = Path.of(fileOrUrl);
            return new Input(Files.readAllBytes(path), null, path.toAbsolutePath().toUri());
        }
        IngestConfig config = IngestConfig.fromEnv(env);
        long maxBytes = accept.equals(FetchRequest.ACCEPT_FEED) ? config.maxFeedBytes() : config.maxPageBytes();
        try (HttpFetcher fetcher = new HttpFetcher(config.fetcherSettings(), new HostLimiter(config.hostDelay()),
                Clock.systemUTC())) {
            FetchResponse response = fetcher.fetch(
                    new FetchRequest(URI.create(fileOrUrl), accept, maxBytes, null, null));
            if (!response.isSuccess()) {
                throw new IOException("HTTP " + response.status() + " from " + response.finalUrl());
            }
            return new Input(response.body(), response.contentType(), response.finalUrl());
        }
    }
}
