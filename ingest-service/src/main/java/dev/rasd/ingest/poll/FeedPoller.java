package dev.rasd.ingest.poll;

import dev.rasd.contract.Feed;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.ingest.extract.ArticleExtractor;
import dev.rasd.ingest.extract.ExtractedArticle;
import dev.rasd.ingest.feed.FeedItem;
import dev.rasd.ingest.feed.FeedParseException;
import dev.rasd.ingest.feed.FeedParser;
import dev.rasd.ingest.feed.FeedTimeZone;
import dev.rasd.ingest.feed.ParsedFeed;
import dev.rasd.ingest.fetch.FetchException;
import dev.rasd.ingest.fetch.FetchRequest;
import dev.rasd.ingest.fetch.FetchResponse;
import dev.rasd.ingest.fetch.HttpFetcher;
import dev.rasd.ingest.publish.ArticleId;
import dev.rasd.ingest.publish.CanonicalUrl;
import dev.rasd.ingest.publish.ContentHash;
import dev.rasd.ingest.publish.FeedOnlyArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: a conditional GET of the feed, its new items found against the feed's {@link SeenItems},
 * each new item's page fetched and extracted, and the articles published. What the poll found ({@link PollResult})
 * then decides the feed's next checkpoint and health ({@link CheckpointTransition}); this class only does the I/O,
 * counts and logs. The caller stores the checkpoint (see {@link FeedScheduler}).
 *
 * <p>Guarantees: the checkpoint remembers an item only once Kafka acknowledged its article, and it keeps the feed's
 * old validators (ETag, Last-Modified) unless every new item of the document was published, so a failed or cut-off
 * poll is retried in full (a 304 cannot hide an unpublished item). Items are processed oldest first. A failing page
 * never fails the poll: its article is published with the feed's content or summary. An item without a link is
 * published too, with no URL, the feed's text and an id from its guid or text ({@link ArticleId#ofFeedItem}).
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final HttpFetcher fetcher;
    private final PollSink sink;
    private final PollSettings settings;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final CheckpointTransition transition;

    /** @param random the backoff's jitter */
    public FeedPoller(HttpFetcher fetcher, PollSink sink, PollSettings settings, IngestMetrics metrics, Clock clock,
            RandomGenerator random) {
        this.fetcher = fetcher;
        this.sink = sink;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.transition = new CheckpointTransition(settings, random);
    }

    /**
     * Polls {@code feed} once.
     *
     * @param previous the feed's state after its last poll
     * @param stillOwned false once this instance lost the feed: the poll then stops before the next item
     * @throws InterruptedException when the thread is interrupted (the service is stopping)
     */
    public PollOutcome poll(Feed feed, FeedCheckpoint previous, BooleanSupplier stillOwned)
            throws InterruptedException {
        Instant now = clock.instant();
        PollResult result;
        try {
            result = fetchAndPublish(feed, previous, stillOwned, now);
        } catch (RuntimeException e) {
            // a bug or an unforeseen input must cost this feed one poll, not the service
            LOG.error("feed {}: poll failed unexpectedly", feed.id(), e);
            result = new PollResult.Failed(0, "internal error: " + e, null, null, null);
        }
        PollOutcome outcome = transition.after(previous, result, now, clock.instant());
        report(feed, previous, result, outcome);
        return outcome;
    }

    private PollResult fetchAndPublish(Feed feed, FeedCheckpoint previous, BooleanSupplier stillOwned, Instant now)
            throws InterruptedException {
        FetchResponse response;
        try {
            response = fetcher.fetch(FetchRequest.feed(URI.create(previous.url()), settings.maxFeedBytes(),
                    previous.etag(), previous.lastModified()));
        } catch (FetchException e) {
            metrics.fetchError(e.reason().name().toLowerCase(Locale.ROOT));
            return new PollResult.Failed(0, e.getMessage(), null, null, null);
        }
        String movedTo = response.movedTo() == null ? null : response.movedTo().toString();
        if (response.isNotModified()) {
            return new PollResult.NotModified(movedTo, response.maxAge());
        }
        if (!response.isSuccess()) {
            metrics.fetchError("http");
            String error = "HTTP " + response.status() + " from " + response.finalUrl();
            return new PollResult.Failed(response.status(), error, response.retryAfter(), movedTo, null);
        }
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(response.body(), response.contentType(), response.finalUrl(),
                    FeedTimeZone.of(feed));
        } catch (FeedParseException e) {
            // the parser's reasons say what is wrong ("not a feed: an HTML page", "XML is not well-formed: …")
            return new PollResult.Failed(response.status(), e.getMessage(), null, movedTo, null);
        }
        return publishNewItems(feed, previous, now, response, movedTo, parsed, stillOwned);
    }

    private PollResult publishNewItems(Feed feed, FeedCheckpoint previous, Instant now, FetchResponse response,
            String movedTo, ParsedFeed parsed, BooleanSupplier stillOwned) throws InterruptedException {
        // up to three keys an item (guid, link, canonical URL): a feed listing more items than the setting allows
        // for is remembered whole, or its oldest items would be forgotten and published again at every poll
        int capacity = Math.max(settings.seenPerFeed() * 2, parsed.items().size() * 3);
        SeenItems seen = SeenItems.restore(previous.seen(), capacity);
        List<FeedItem> items = new ArrayList<>(parsed.items());
        Collections.reverse(items); // feeds list newest first: publish in the order they appeared
        List<Pending> pending = new ArrayList<>();
        Set<String> idsThisPoll = new HashSet<>();
        boolean complete = true;
        for (FeedItem item : items) {
            if (!stillOwned.getAsBoolean()) {
                complete = false;
                break;
            }
            Pending article = prepare(feed, item, seen, idsThisPoll, now);
            if (article != null) {
                pending.add(article);
            }
        }
        List<Instant> publishedDates = new ArrayList<>();
        String publishError = null;
        for (Pending p : pending) {
            if (p.future() == null) {
                p.keys().forEach(seen::add); // a duplicate of a published article: nothing to wait for
                continue;
            }
            try {
                p.future().get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
                p.keys().forEach(seen::add);
                publishedDates.add(p.publishedAt());
                LOG.debug("feed {}: published article {} {}", feed.id(), p.id(),
                        p.canonicalUrl() == null ? "(no link)" : p.canonicalUrl());
            } catch (ExecutionException | TimeoutException e) {
                complete = false;
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                publishError = "publishing to Kafka failed: " + cause;
            }
        }
        metrics.articlesPublished(publishedDates.size());
        if (publishError != null) {
            return new PollResult.Failed(response.status(), publishError, null, movedTo, seen.serialise());
        }
        if (!publishedDates.isEmpty()) {
            LOG.info("feed {}: {} new articles of {} items", feed.id(), publishedDates.size(), parsed.items().size());
        }
        return new PollResult.Fetched(response.status(), movedTo, response.maxAge(), response.etag(),
                response.lastModified(), parsed.hints().suggestedInterval().orElse(null),
                parsed.items().stream().map(FeedItem::publishedAt).toList(), publishedDates, complete,
                seen.serialise());
    }

    /** Counts the poll and logs what changed for the feed, once. */
    private void report(Feed feed, FeedCheckpoint previous, PollResult result, PollOutcome outcome) {
        FeedCheckpoint next = outcome.checkpoint();
        switch (result) {
            case PollResult.NotModified ignored -> {
                metrics.polledNotModified();
                LOG.debug("feed {}: not modified", feed.id());
            }
            case PollResult.Fetched ignored -> metrics.polledOk();
            case PollResult.Failed failed -> {
                metrics.polledFailed();
                if (next.consecutiveFailures() == 1) {
                    LOG.warn("feed {}: poll failed ({}); retrying at {}", feed.id(), failed.error(),
                            next.nextPollAt());
                } else {
                    LOG.debug("feed {}: poll failed {} times in a row ({}); retrying at {}", feed.id(),
                            next.consecutiveFailures(), failed.error(), next.nextPollAt());
                }
            }
        }
        if (!next.url().equals(previous.url())) {
            LOG.warn("feed {}: moved permanently to {}; polling the new URL from now on", feed.id(), next.url());
        }
        if (next.silent() && !previous.silent()) {
            metrics.silenced();
            LOG.warn("feed {}: silent: nothing new since {}, usually a new item every {} s", feed.id(),
                    outcome.status().lastPublishedAt(), outcome.status().usualGapSeconds());
        } else if (previous.silent() && !next.silent()) {
            LOG.info("feed {}: publishes again after being silent", feed.id());
        }
    }

    /**
     * An article on its way to Kafka; {@code future} is null for an item found to duplicate a published one.
     * {@code publishedAt} is the item's date in the feed, or null.
     */
    private record Pending(String id, String canonicalUrl, List<Long> keys, Instant publishedAt,
            CompletableFuture<Void> future) {}

    private Pending prepare(Feed feed, FeedItem item, SeenItems seen, Set<String> idsThisPoll, Instant now)
            throws InterruptedException {
        if (item.url() == null) {
            return prepareFeedOnly(feed, item, seen, idsThisPoll, now);
        }
        String linkCanonical;
        try {
            linkCanonical = CanonicalUrl.of(item.url().toString());
        } catch (IllegalArgumentException e) {
            LOG.warn("feed {}: item {} has an unusable link ({}); skipped", feed.id(), item.guid(), e.getMessage());
            return null;
        }
        List<Long> keys = new ArrayList<>(List.of(SeenItems.urlKey(linkCanonical)));
        if (item.guid() != null) {
            keys.add(SeenItems.guidKey(item.guid()));
        }
        if (keys.stream().anyMatch(seen::contains)) {
            return null;
        }
        ExtractedArticle page = fetchPage(feed, item.url(), FeedTimeZone.of(feed))
                .orFeedText(item.contentHtml(), item.summary())
                .orFeedDate(item.publishedAt());
        metrics.articleExtracted(page.extraction());
        String canonical = canonical(page, linkCanonical);
        String id = ArticleId.of(canonical);
        keys.add(SeenItems.urlKey(canonical));
        if (seen.contains(SeenItems.urlKey(canonical)) || !idsThisPoll.add(id)) {
            LOG.debug("feed {}: {} is already published as {}", feed.id(), item.url(), canonical);
            return new Pending(id, canonical, keys, item.publishedAt(), null);
        }
        RawArticle article = article(feed, item, page, canonical, id, now);
        return new Pending(id, canonical, keys, item.publishedAt(), sink.article(article));
    }

    /** An item without a link: no page to fetch, its article is what the feed says, remembered by its id. */
    private Pending prepareFeedOnly(Feed feed, FeedItem item, SeenItems seen, Set<String> idsThisPoll, Instant now) {
        ExtractedArticle text = FeedOnlyArticle.of(item);
        String id = FeedOnlyArticle.id(feed.id(), item);
        List<Long> keys = List.of(SeenItems.idKey(id));
        if (seen.contains(keys.getFirst())) {
            return null;
        }
        if (!idsThisPoll.add(id)) {
            return new Pending(id, null, keys, item.publishedAt(), null);
        }
        metrics.articleExtracted(text.extraction());
        return new Pending(id, null, keys, item.publishedAt(),
                sink.article(article(feed, item, text, null, id, now)));
    }

    private ExtractedArticle fetchPage(Feed feed, URI url, ZoneId zone) throws InterruptedException {
        try {
            FetchResponse page = fetcher.fetch(FetchRequest.page(url, settings.maxPageBytes()));
            if (!page.isSuccess()) {
                metrics.fetchError("http");
                LOG.warn("feed {}: article {} answered HTTP {}; using the feed's text", feed.id(), url, page.status());
                return ExtractedArticle.unavailable(url.toString());
            }
            metrics.articleFetched();
            if (!isHtml(page.contentType())) {
                LOG.info("feed {}: article {} is {}, not HTML; using the feed's text", feed.id(), url,
                        page.contentType());
                return ExtractedArticle.unavailable(page.finalUrl().toString());
            }
            return ArticleExtractor.extract(page.body(), page.contentType(), page.finalUrl(), zone);
        } catch (FetchException e) {
            metrics.fetchError(e.reason().name().toLowerCase(Locale.ROOT));
            LOG.warn("feed {}: article page not fetched ({}); using the feed's text", feed.id(), e.getMessage());
            return ExtractedArticle.unavailable(url.toString());
        }
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.startsWith("text/plain") || type.contains("xml");
    }

    private static String canonical(ExtractedArticle page, String linkCanonical) {
        try {
            return CanonicalUrl.of(page.url(), page.canonicalUrl());
        } catch (IllegalArgumentException e) {
            return linkCanonical;
        }
    }

    private RawArticle article(Feed feed, FeedItem item, ExtractedArticle page, String canonical, String id,
            Instant now) {
        String title = page.title() != null ? page.title() : item.title();
        String text = page.text();
        List<String> categories = item.categories();
        return new RawArticle(
                SchemaVersion.CURRENT,
                id,
                item.url() == null ? null : item.url().toString(),
                canonical,
                feed.id(),
                feed.name(),
                title,
                item.summary(),
                text,
                page.author() != null ? page.author() : item.author(),
                page.publishedAt(),
                now,
                clock.instant(),
                page.imageUrl() != null ? page.imageUrl() : item.imageUrl() == null ? null : item.imageUrl().toString(),
                categories,
                ContentHash.of(title, text),
                page.extraction(),
                feed.language(),
                page.dateSource());
    }
}
