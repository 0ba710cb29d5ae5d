package dev.rasd.ingest.poll;

import dev.rasd.contract.Extraction;
import dev.rasd.ingest.fetch.FetchException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ingest service's meters, all named {@code rasd.ingest.*}:
 * <ul>
 *   <li>{@code feeds.polled} — polls, tagged {@code outcome} = ok, not_modified or failed;</li>
 *   <li>{@code articles.fetched} — article pages fetched with a 2xx answer;</li>
 *   <li>{@code articles.extracted} — articles whose text was found, tagged {@code extraction} = json-ld,
 *       article-body, feed-content or summary-only;</li>
 *   <li>{@code articles.published} — articles acknowledged by Kafka;</li>
 *   <li>{@code fetch.errors} — feed or page fetches without a usable answer, tagged {@code reason} (a
 *       {@link FetchException.Reason} in lower case, or http for an error status);</li>
 *   <li>{@code feeds.silenced} — feeds found silent ({@link SilenceRule}), once each time one falls silent;</li>
 *   <li>{@code feeds.assigned} — gauge of the feeds this instance polls.</li>
 * </ul>
 */
public final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter polledOk;
    private final Counter polledNotModified;
    private final Counter polledFailed;
    private final Counter articlesFetched;
    private final Counter articlesPublished;
    private final Counter feedsSilenced;
    private final Map<Extraction, Counter> extracted = new EnumMap<>(Extraction.class);

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.polledOk = polled("ok");
        this.polledNotModified = polled("not_modified");
        this.polledFailed = polled("failed");
        this.articlesFetched = registry.counter("rasd.ingest.articles.fetched");
        this.articlesPublished = registry.counter("rasd.ingest.articles.published");
        this.feedsSilenced = registry.counter("rasd.ingest.feeds.silenced");
        for (Extraction extraction : Extraction.values()) {
            extracted.put(extraction, registry.counter("rasd.ingest.articles.extracted",
                    "extraction", extraction.label()));
        }
    }

    /** Registers the gauge of assigned feeds, read from {@code assignedFeeds}. */
    public void assignedFeeds(Supplier<Number> assignedFeeds) {
        Gauge.builder("rasd.ingest.feeds.assigned", assignedFeeds).strongReference(true).register(registry);
    }

    void polledOk() {
        polledOk.increment();
    }

    void polledNotModified() {
        polledNotModified.increment();
    }

    void polledFailed() {
        polledFailed.increment();
    }

    void silenced() {
        feedsSilenced.increment();
    }

    void articleFetched() {
        articlesFetched.increment();
    }

    void articleExtracted(Extraction extraction) {
        extracted.get(extraction).increment();
    }

    void articlesPublished(int count) {
        articlesPublished.increment(count);
    }

    void fetchError(String reason) {
        registry.counter("rasd.ingest.fetch.errors", "reason", reason).increment();
    }

    private Counter polled(String outcome) {
        return registry.counter("rasd.ingest.feeds.polled", "outcome", outcome);
    }
}
