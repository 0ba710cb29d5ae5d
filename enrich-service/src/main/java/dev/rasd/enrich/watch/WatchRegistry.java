package dev.rasd.enrich.watch;

import dev.rasd.contract.Watch;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The current watches, changed one at a time as records arrive on the watches topic, read as an immutable
 * {@link WatchMatcher} snapshot by any number of threads. A watch whose query is invalid is refused with the
 * reason; the others keep working. It remembers the ids of the watches it saw removed, to tell a removed watch
 * from one it does not know yet, and whether the watches topic has been restored (see {@link #markRestored()}).
 */
public final class WatchRegistry {

    private volatile WatchMatcher matcher = WatchMatcher.of(java.util.List.of());
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final CountDownLatch restored = new CountDownLatch(1);

    /**
     * Adds or replaces a watch; a disabled watch is removed from matching.
     *
     * @throws InvalidWatchQueryException when its query is invalid (the registry is unchanged)
     */
    public synchronized void put(Watch watch) {
        matcher = watch.enabled() ? matcher.with(WatchMatcher.CompiledWatch.of(watch)) : matcher.without(watch.id());
        if (watch.enabled()) {
            removed.remove(watch.id());
        } else {
            removed.add(watch.id());
        }
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
                removed.add(watch.id());
                continue;
            }
            try {
                next.put(watch.id(), WatchMatcher.CompiledWatch.of(watch));
                removed.remove(watch.id());
            } catch (InvalidWatchQueryException e) {
                refused.put(watch.id(), e.getMessage());
            }
        }
        matcher = WatchMatcher.ofCompiled(next);
        return refused;
    }

    /** Removes a watch (a tombstone on the watches topic, or a refused watch). */
    public synchronized void remove(String watchId) {
        matcher = matcher.without(watchId);
        removed.add(watchId);
    }

    /** Whether the watch with this id is active, was removed, or is not known yet. */
    public WatchState state(String watchId) {
        WatchMatcher.CompiledWatch compiled = matcher.compiled().get(watchId);
        if (compiled != null) {
            return new WatchState.Active(compiled.watch());
        }
        return removed.contains(watchId) ? new WatchState.Removed() : new WatchState.Unknown();
    }

    /** Records that the registry holds every watch the watches topic had when the service started. */
    public void markRestored() {
        restored.countDown();
    }

    /** Waits up to {@code timeout} for {@link #markRestored()}; true once the watches are restored. */
    public boolean awaitRestored(Duration timeout) throws InterruptedException {
        return restored.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The enabled watch with this id, if there is one. */
    public java.util.Optional<Watch> find(String watchId) {
        WatchMatcher.CompiledWatch compiled = matcher.compiled().get(watchId);
        return compiled == null ? java.util.Optional.empty() : java.util.Optional.of(compiled.watch());
    }

    /** The enabled watches. */
    public java.util.List<Watch> active() {
        return matcher.compiled().values().stream().map(WatchMatcher.CompiledWatch::watch).toList();
    }

    /** The watches as they are now. */
    public WatchMatcher matcher() {
        return matcher;
    }
}
