package dev.rasd.enrich.digest;

import dev.rasd.contract.Alert;
import dev.rasd.contract.Delivery;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchRegistry;
import dev.rasd.enrich.watch.WatchState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the alerts of hourly and daily watches into their digests, and emits each digest once its period is
 * over. Reads the alerts topic (keyed by watch id, so a watch's alerts meet in one task); an alert goes to the
 * digest of the period the clock is in when it arrives, in a changelogged store keyed {@code watchId@periodEnd}. A
 * wall-clock punctuator forwards every due digest as one record and deletes it from the store in the same
 * exactly-once transaction, so a digest leaves once, across restarts and moves of the task to another instance.
 * Alerts of immediate watches, and of watches it does not know, pass by; so does a record that is not an alert,
 * which the notifier, reading the same topic, sends to the dead-letter topic.
 */
public final class DigestGatherer implements Processor<String, byte[], String, Digest> {

    /** The store of the digests being gathered. */
    public static final String STORE = "pending-digests";

    private static final Logger LOG = LoggerFactory.getLogger(DigestGatherer.class);
    private static final JsonSerde<Alert> ALERT = JsonSerde.of(Alert.class);

    private final WatchRegistry watches;
    private final Clock clock;
    private final Duration checkEvery;
    private final Counter gathered;
    private final Counter emitted;
    private final Counter refused;
    private ProcessorContext<String, Digest> context;
    private KeyValueStore<String, Digest> pending;

    /**
     * @param watches the watches, for their delivery
     * @param clock what time it is: decides an alert's period and when a digest is due
     * @param checkEvery how often (wall-clock) it looks for due digests
     * @param metrics where counters go
     */
    public DigestGatherer(WatchRegistry watches, Clock clock, Duration checkEvery, MeterRegistry metrics) {
        this.watches = watches;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.gathered = metrics.counter("rasd.digests.alerts");
        this.emitted = metrics.counter("rasd.digests.emitted");
        this.refused = metrics.counter("rasd.digests.refused", "reason", "invalid time zone");
    }

    @Override
    public void init(ProcessorContext<String, Digest> context) {
        this.context = context;
        this.pending = context.getStateStore(STORE);
        context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, ignored -> emitDue());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        // alerts are keyed by their watch: most are of immediate watches, passed by without being read
        if (record.key() != null && digestWatch(record.key()) == null) {
            return;
        }
        Alert alert;
        try {
            alert = record.value() == null ? null : ALERT.deserialize(null, record.value());
        } catch (RuntimeException e) {
            return; // the notifier dead-letters it
        }
        Watch watch = alert == null ? null : digestWatch(alert.watchId());
        if (watch == null) {
            return;
        }
        DigestSchedule.Period period;
        try {
            period = DigestSchedule.periodOf(watch.delivery(), clock.instant());
        } catch (DateTimeException e) {
            LOG.error("alert {} left out of the digests of watch {}: {}", alert.id(), alert.watchId(), e.getMessage());
            refused.increment();
            return;
        }
        String key = alert.watchId() + "@" + period.end().toEpochMilli();
        Digest digest = Objects.requireNonNullElseGet(pending.get(key), () -> Digest.of(alert.watchId(), period));
        pending.put(key, digest.with(alert));
        gathered.increment();
    }

    /** The watch {@code watchId} when its alerts go into digests (active, delivered hourly or daily), else null. */
    private Watch digestWatch(String watchId) {
        return watches.state(watchId) instanceof WatchState.Active active
                && active.watch().delivery().mode() != Delivery.Mode.IMMEDIATE ? active.watch() : null;
    }

    private void emitDue() {
        Instant now = clock.instant();
        try (KeyValueIterator<String, Digest> all = pending.all()) {
            while (all.hasNext()) {
                KeyValue<String, Digest> entry = all.next();
                Digest digest = entry.value;
                if (!now.isBefore(digest.periodEnd())) {
                    context.forward(new Record<>(digest.watchId(), digest, now.toEpochMilli()));
                    pending.delete(entry.key);
                    emitted.increment();
                    LOG.info("digest {} of watch {} is due: {} alerts from {} to {}", digest.id(), digest.watchId(),
                            digest.alerts().size(), digest.periodStart(), digest.periodEnd());
                }
            }
        }
    }
}
