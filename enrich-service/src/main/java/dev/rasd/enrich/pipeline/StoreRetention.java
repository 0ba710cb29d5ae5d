package dev.rasd.enrich.pipeline;

import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Forgets the entries of a state store last seen before a cutoff, so that dedup state stays bounded. */
final class StoreRetention {

    private StoreRetention() {}

    /**
     * Deletes every entry of {@code store} whose {@code seenAtMillis} is before {@code cutoffMillis}.
     *
     * @return how many entries were deleted
     */
    static <K, V> int forgetOlderThan(KeyValueStore<K, V> store, ToLongFunction<V> seenAtMillis, long cutoffMillis) {
        int forgotten = 0;
        try (KeyValueIterator<K, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<K, V> entry = all.next();
                if (seenAtMillis.applyAsLong(entry.value) < cutoffMillis) {
                    store.delete(entry.key);
                    forgotten++;
                }
            }
        }
        return forgotten;
    }
}
