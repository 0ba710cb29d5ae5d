package dev.rasd.enrich.watch;

import dev.rasd.contract.Watch;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current watches, changed one at a time as records arrive on the watches topic, read as an immutable
 * {@link WatchMatcher} snapshot by any number of threads. A watch whose query is invalid is refused with the
 * reason; the others keep working.
 */
public final class WatchRegistry {

    private volatile WatchMatcher matcher = WatchMatcher.of(java.util.List.of());

    /**
     * Adds or replaces a watch; a disabled watch is removed from matching.
     *
     * @throws InvalidWatchQueryException when its query is invalid (the registry is unchanged)
     */
    public synchronized void put(Watch watch) {
        matcher = watch.enabled() ? matcher.with(WatchMatcher.CompiledWatch.of(watch)) : matcher.without(watch.id());
    }

    /**
     * Adds or replaces many watches at once (a start-up load), compiling the index once. Watches with invalid
     * queries are skipped and returned with their errors.
     */
    public synchronized Map<String, String> putAll(java.util.Collection<Watch> watches) {
        Map<String, WatchMatcher.CompiledWatch> next = new LinkedHashMap<>(matcher.compiled());
        Map<String, String> refused = new LinkedHashMap<>();
        for (Watch watch : watches) {
            if (!watch.enabled()) {
                next.remove(watch.id());
                continue;
            }
            try {
                next.put(watch.id(), WatchMatcher.CompiledWatch.of(watch));
            } catch (InvalidWatchQueryException e) {
                refused.put(watch.id(), e.getMessage());
            }
        }
        matcher = WatchMatcher.ofCompiled(next);
        return refused;
    }

    /** Removes a watch (a tombstone on the watches topic). */
    public synchronized void remove(String watchId) {
        matcher = matcher.without(watchId);
    }

    /** The enabled watch with this id, if there is one. */
    public java.util.Optional<Watch> find(String watchId) {
        WatchMatcher.CompiledWatch compiled = matcher.compiled().get(watchId);
        return compiled == null ? java.util.Optional.empty() : java.util.Optional.of(compiled.watch());
    }

    /** The watches as they are now. */
    public WatchMatcher matcher() {
        return matcher;
    }
}
