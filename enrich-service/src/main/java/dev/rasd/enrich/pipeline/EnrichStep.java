package dev.rasd.enrich.pipeline;

import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stateless step: reads a raw article record, enriches it, or says why it cannot. A record that is too large,
 * not a valid article, or makes enrichment fail becomes a dead letter with the reason; the stream goes on.
 */
final class EnrichStep implements FixedKeyProcessor<String, byte[], EnrichResult> {

    static final String SERVICE = "enrich-service";
    private static final Logger LOG = LoggerFactory.getLogger(EnrichStep.class);
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    private final ArticleEnricher enricher;
    private final WatchRegistry watches;
    private final int maxRecordBytes;
    private final Counter enriched;
    private final Counter failed;
    private FixedKeyProcessorContext<String, EnrichResult> context;

    EnrichStep(ArticleEnricher enricher, WatchRegistry watches, int maxRecordBytes, MeterRegistry metrics) {
        this.enricher = enricher;
        this.watches = watches;
        this.maxRecordBytes = maxRecordBytes;
        this.enriched = metrics.counter("rasd.enrich.articles");
        this.failed = metrics.counter("rasd.dlq.records", "service", SERVICE);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichResult> context) {
        this.context = context;
        // Global stores are restored before processing starts without passing through WatchUpdater: load them here.
        WatchUpdater.loadAll(context.getStateStore(WatchUpdater.STORE), watches);
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
            context.forward(record.withValue(EnrichResult.of(enricher.enrich(raw, Instant.now()))));
            enriched.increment();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            var meta = context.recordMetadata();
            LOG.warn("record {} from {} sent to the dead-letter topic: {}", record.key(),
                    meta.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"), reason);
            failed.increment();
            String payload = value == null ? null : new String(value, StandardCharsets.UTF_8);
            context.forward(record.withValue(EnrichResult.failed(DeadLetter.of(SERVICE,
                    meta.map(m -> m.topic()).orElse(null), meta.map(m -> m.partition()).orElse(-1),
                    meta.map(m -> m.offset()).orElse(-1L), record.key(), reason, payload))));
        }
    }
}
