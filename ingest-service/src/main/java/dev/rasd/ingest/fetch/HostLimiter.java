package dev.rasd.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Politeness towards each web server: at most one request at a time per host, and at least a minimum delay between
 * the end of one request and the start of the next to the same host. Callers wait (on virtual threads, cheaply) in
 * arrival order; a slow host only delays the requests for that host.
 *
 * <p>The state per host is dropped once no request is waiting for it and its delay has passed, so the memory
 * follows the hosts in use, not every host ever seen.
 */
public final class HostLimiter {

    /** Sleeps for a number of nanoseconds; {@link Thread#sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    /** A held host slot; {@link #close()} releases it and starts the host's delay. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final int SWEEP_THRESHOLD = 4_096;

    private final long minDelayNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final ConcurrentHashMap<String, HostSlot> slots = new ConcurrentHashMap<>();
    private final AtomicLong lastSweepNanos;

    /** A limiter on the system clock. */
    public HostLimiter(Duration minDelay) {
        this(minDelay, System::nanoTime, nanos -> Thread.sleep(Duration.ofNanos(nanos)));
    }

    /** A limiter on the given clock and sleeper (tests pass fakes). */
    public HostLimiter(Duration minDelay, LongSupplier nanoTime, Sleeper sleeper) {
        this.minDelayNanos = minDelay.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.lastSweepNanos = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * Waits until this caller may send a request to {@code host}: no other request to it is running and the
     * minimum delay since the last one has passed.
     */
    public Permit acquire(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        HostSlot slot = slots.compute(key, (k, existing) -> {
            HostSlot s = existing == null ? new HostSlot() : existing;
            s.users++;
            return s;
        });
        try {
            slot.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            leave(key);
            throw e;
        }
        try {
            long wait = slot.nextAllowedNanos - nanoTime.getAsLong();
            if (slot.used && wait > 0) {
                sleeper.sleepNanos(wait);
            }
        } catch (InterruptedException e) {
            slot.lock.unlock();
            leave(key);
            throw e;
        }
        return () -> release(key, slot);
    }

    /** The number of hosts whose state is held (active, waited for, or still within their delay). */
    public int trackedHosts() {
        return slots.size();
    }

    private void release(String key, HostSlot slot) {
        slot.used = true;
        slot.nextAllowedNanos = nanoTime.getAsLong() + minDelayNanos;
        slot.lock.unlock();
        leave(key);
        if (slots.size() > SWEEP_THRESHOLD) {
            sweep();
        }
    }

    private void leave(String key) {
        slots.computeIfPresent(key, (k, s) -> {
            s.users--;
            return s;
        });
    }

    /**
     * Drops hosts nobody waits for whose delay has passed: they behave exactly like hosts never seen. Runs at most
     * once per delay, so a large set of busy hosts is not rescanned on every release.
     */
    private void sweep() {
        long now = nanoTime.getAsLong();
        long last = lastSweepNanos.get();
        if (now - last < minDelayNanos || !lastSweepNanos.compareAndSet(last, now)) {
            return;
        }
        for (String key : slots.keySet()) {
            slots.computeIfPresent(key, (k, s) -> s.users == 0 && s.nextAllowedNanos - now <= 0 ? null : s);
        }
    }

    private static final class HostSlot {
        final ReentrantLock lock = new ReentrantLock(true);
        // users is only changed inside ConcurrentHashMap.compute for this key, which serialises it
        int users;
        volatile boolean used;
        volatile long nextAllowedNanos;
    }
}
