package dev.rasd.enrich.pipeline;

import dev.rasd.contract.JsonSerde;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Reads a record of the backfill topic: a {@link StoryRequest} for an indexed article, or a dead letter with the
 * reason when it is not one.
 */
final class BackfillReader implements FixedKeyProcessor<String, byte[], EnrichResult> {

    private static final JsonSerde<StoryRequest> REQUEST = JsonSerde.of(StoryRequest.class);

    private final DeadLetters deadLetters;
    private FixedKeyProcessorContext<String, EnrichResult> context;

    BackfillReader(MeterRegistry metrics) {
        this.deadLetters = new DeadLetters(metrics);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichResult> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        try {
            StoryRequest request = record.value() == null ? null : REQUEST.deserialize(null, record.value());
            if (request == null || !request.isBackfill() || request.matches().isEmpty()) {
                throw new IllegalArgumentException("not a backfill request: it needs an article id, its story and a "
                        + "watch match");
            }
            context.forward(record.withValue(EnrichResult.backfill(request)));
        } catch (RuntimeException e) {
            context.forward(record.withValue(EnrichResult.failed(deadLetters.of(context, record, e))));
        }
    }
}
