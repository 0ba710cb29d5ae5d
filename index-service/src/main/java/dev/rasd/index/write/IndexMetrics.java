package dev.rasd.index.write;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * index-service's counters, registered in the caller's registry: {@code rasd.index.documents} by {@code result}
 * ({@code indexed}, {@code superseded}, {@code retried}, {@code dead_lettered}), {@code rasd.index.records.skipped}
 * for tombstones, and {@code rasd.index.bulk.requests} by {@code outcome} ({@code ok}, {@code failed}).
 */
public final class IndexMetrics {

    final Counter indexed;
    final Counter superseded;
    final Counter retried;
    final Counter deadLettered;
    final Counter skipped;
    final Counter bulkOk;
    final Counter bulkFailed;

    /** Counters registered in {@code registry}. */
    public IndexMetrics(MeterRegistry registry) {
        indexed = documents(registry, "indexed");
        superseded = documents(registry, "superseded");
        retried = documents(registry, "retried");
        deadLettered = documents(registry, "dead_lettered");
        skipped = Counter.builder("rasd.index.records.skipped")
                .description("tombstones read, which have no document").register(registry);
        bulkOk = bulk(registry, "ok");
        bulkFailed = bulk(registry, "failed");
    }

    /** Documents Elasticsearch acknowledged. */
    public long indexed() {
        return (long) indexed.count();
    }

    /** Records sent to the dead-letter topic. */
    public long deadLettered() {
        return (long) deadLettered.count();
    }

    private static Counter documents(MeterRegistry registry, String result) {
        return Counter.builder("rasd.index.documents").tag("result", result)
                .description("documents by what became of them").register(registry);
    }

    private static Counter bulk(MeterRegistry registry, String outcome) {
        return Counter.builder("rasd.index.bulk.requests").tag("outcome", outcome)
                .description("_bulk requests by whether Elasticsearch answered them").register(registry);
    }
}
