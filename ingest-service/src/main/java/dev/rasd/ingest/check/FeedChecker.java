package dev.rasd.ingest.check;

import dev.rasd.contract.Feed;
import dev.rasd.ingest.IngestConfig;
import dev.rasd.ingest.fetch.FetchException;
import dev.rasd.ingest.fetch.FetchRequest;
import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Polls feeds once each, with ingest's fetcher: the same User-Agent, timeouts, size limit, redirect rules, refused
 * private addresses ({@code RASD_ALLOW_PRIVATE_NETWORKS}) and one request at a time per host with ingest's delay
 * between them. Feeds on different hosts are checked at the same time.
 */
public final class FeedChecker implements AutoCloseable {

    private final HttpFetcher fetcher;
    private final long maxFeedBytes;

    /** A checker configured as the ingest service would be by the same environment. */
    public FeedChecker(IngestConfig config) {
        this.fetcher = new HttpFetcher(config.fetcherSettings(), new HostLimiter(config.hostDelay()),
                Clock.systemUTC());
        this.maxFeedBytes = config.maxFeedBytes();
    }

    /**
     * Checks every feed once.
     *
     * @return one row per feed, in the order given
     * @throws InterruptedException when the thread is interrupted while feeds are being fetched
     */
    public List<FeedCheck> checkAll(List<Feed> feeds) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<FeedCheck>> checks = feeds.stream().map(feed -> executor.submit(() -> check(feed))).toList();
            List<FeedCheck> rows = new ArrayList<>(checks.size());
            for (Future<FeedCheck> check : checks) {
                try {
                    rows.add(check.get());
                } catch (ExecutionException e) {
                    // check() turns every failure of the feed into a row: anything else is a bug to report whole
                    throw new IllegalStateException("checking a feed failed unexpectedly", e.getCause());
                }
            }
            return rows;
        }
    }

    /** Polls {@code feed} once: an unconditional GET of its URL, the body parsed as ingest parses it. */
    public FeedCheck check(Feed feed) throws InterruptedException {
        try {
            return FeedCheck.of(feed, fetcher.fetch(FetchRequest.feed(URI.create(feed.url()), maxFeedBytes, null,
                    null)));
        } catch (FetchException e) {
            return FeedCheck.of(feed, e);
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
