package dev.rasd.enrich.pipeline;

import dev.rasd.contract.DeadLetter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the dead letter of an input record enrich-service cannot process, with the reason and where the record
 * came from; logs it once and counts it.
 */
final class DeadLetters {

    static final String SERVICE = "enrich-service";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Counter failed;

    DeadLetters(MeterRegistry metrics) {
        this.failed = metrics.counter("rasd.dlq.records", "service", SERVICE);
    }

    /** The dead letter of {@code record}, which failed with {@code failure}. */
    DeadLetter of(FixedKeyProcessorContext<?, ?> context, FixedKeyRecord<String, byte[]> record,
            RuntimeException failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        var meta = context.recordMetadata();
        LOG.warn("record {} from {} sent to the dead-letter topic: {}", record.key(),
                meta.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"), reason);
        failed.increment();
        byte[] value = record.value();
        return DeadLetter.of(SERVICE, meta.map(m -> m.topic()).orElse(null), meta.map(m -> m.partition()).orElse(-1),
                meta.map(m -> m.offset()).orElse(-1L), record.key(), reason,
                value == null ? null : new String(value, StandardCharsets.UTF_8));
    }
}
