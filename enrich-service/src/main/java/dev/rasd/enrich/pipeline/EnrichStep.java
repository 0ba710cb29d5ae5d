package dev.rasd.enrich.pipeline;

import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parallel step, one task per partition of the raw topic: reads a raw article record, drops it when it is a
 * re-delivery (same id, same content hash), numbers it when it is a revision (same id, changed content), and
 * enriches it. The raw topic is keyed by article id, so every version of an article comes to the same task and
 * its {@link #VERSIONS} store knows them all. A record that is too large, not a valid article, or makes enrichment
 * fail becomes a dead letter with the reason; the stream goes on. State older than the retention window is
 * forgotten by an hourly sweep.
 */
final class EnrichStep implements FixedKeyProcessor<String, byte[], EnrichResult> {

    /** The store of the last version seen of every article id. */
    static final String VERSIONS = "article-versions";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichStep.class);
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    private final ArticleEnricher enricher;
    private final Duration retention;
    private final int maxRecordBytes;
    private final Counter enriched;
    private final Counter duplicates;
    private final Counter revisions;
    private final DeadLetters deadLetters;
    private FixedKeyProcessorContext<String, EnrichResult> context;
    private KeyValueStore<String, ArticleVersion> versions;

    EnrichStep(ArticleEnricher enricher, Duration retention, int maxRecordBytes,
            MeterRegistry metrics) {
        this.enricher = enricher;
        this.retention = retention;
        this.maxRecordBytes = maxRecordBytes;
        this.enriched = metrics.counter("rasd.enrich.articles");
        this.duplicates = metrics.counter("rasd.enrich.duplicates");
        this.revisions = metrics.counter("rasd.enrich.revisions");
        this.deadLetters = new DeadLetters(metrics);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichResult> context) {
        this.context = context;
        this.versions = context.getStateStore(VERSIONS);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, now -> {
            int forgotten = StoreRetention.forgetOlderThan(versions, ArticleVersion::seenAtMillis,
                    now - retention.toMillis());
            if (forgotten > 0) {
                LOG.info("forgot {} articles older than {}", forgotten, retention);
            }
        });
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        byte[] value = record.value();
        try {
            if (value == null) {
                throw new IllegalArgumentException("empty record (null value)");
            }
            if (value.length > maxRecordBytes) {
                throw new IllegalArgumentException("oversized record: " + value.length + " bytes > " + maxRecordBytes);
            }
            RawArticle raw = RAW.deserialize(null, value);
            if (raw.id() == null || raw.id().isBlank()) {
                throw new IllegalArgumentException("article without id");
            }
            ArticleVersion known = versions.get(raw.id());
            if (known != null && known.hasContent(raw.contentHash())) {
                duplicates.increment();
                LOG.debug("article {} dropped: re-delivered with the same content", raw.id());
                return;
            }
            int revision = known == null ? 0 : known.revision() + 1;
            Instant now = Instant.now();
            Enrichment enrichment = enricher.enrich(raw, revision, now);
            versions.put(raw.id(), new ArticleVersion(raw.contentHash(), revision, now.toEpochMilli()));
            if (revision > 0) {
                revisions.increment();
            }
            // stamped with the time of enrichment, which its story will carry too: the two meet in a join window
            // whatever the age of the raw record (a backlog replayed after an outage)
            context.forward(record.withValue(EnrichResult.of(enrichment)).withTimestamp(now.toEpochMilli()));
            enriched.increment();
        } catch (RuntimeException e) {
            context.forward(record.withValue(EnrichResult.failed(deadLetters.of(context, record, e))));
        }
    }
}
