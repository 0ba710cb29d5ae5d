package dev.rasd.enrich.pipeline;

import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.InvalidWatchQueryException;
import dev.rasd.enrich.watch.WatchRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watches store and the in-memory {@link WatchRegistry} in step with the watches topic. A watch
 * record that is not valid JSON or whose query is invalid is logged and skipped; the other watches keep working.
 * On init it loads every watch the store already holds (the part of the topic up to the store's checkpoint is
 * not replayed through {@link #process}), so the registry is complete once the global store is restored. A
 * tombstone is kept in the store as an empty value, so the registry still knows the watch as removed after a
 * restart.
 */
final class WatchUpdater implements Processor<String, byte[], Void, Void> {

    static final String STORE = "watches";
    private static final Logger LOG = LoggerFactory.getLogger(WatchUpdater.class);
    private static final JsonSerde<Watch> WATCH = JsonSerde.of(Watch.class);
    private static final byte[] REMOVED = new byte[0];

    private final WatchRegistry registry;
    private KeyValueStore<String, byte[]> store;

    WatchUpdater(WatchRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
        loadAll(store, registry);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            LOG.warn("watch record without key skipped");
            return;
        }
        if (record.value() == null) {
            store.put(record.key(), REMOVED);
            registry.remove(record.key());
            LOG.info("watch {} removed", record.key());
            return;
        }
        store.put(record.key(), record.value());
        try {
            Watch watch = WATCH.deserialize(null, record.value());
            registry.put(watch);
            LOG.info("watch {} is now: {}", watch.id(), watch.enabled() ? watch.query() : "disabled");
        } catch (SerializationException | InvalidWatchQueryException e) {
            registry.remove(record.key());
            LOG.error("watch {} refused: {}", record.key(), e.getMessage());
        }
    }

    /** Loads every watch of {@code store} into {@code registry} at once, and the removed ones as removed. */
    private static void loadAll(KeyValueStore<String, byte[]> store, WatchRegistry registry) {
        List<Watch> watches = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (entry.value.length == 0) {
                    removed.add(entry.key);
                    continue;
                }
                try {
                    watches.add(WATCH.deserialize(null, entry.value));
                } catch (SerializationException e) {
                    LOG.error("watch {} refused: {}", entry.key, e.getMessage());
                }
            }
        }
        Map<String, String> refused = registry.putAll(watches);
        refused.forEach((id, reason) -> LOG.error("watch {} refused: {}", id, reason));
        removed.forEach(registry::remove);
    }
}
