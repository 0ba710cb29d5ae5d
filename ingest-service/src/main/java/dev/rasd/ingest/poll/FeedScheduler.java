package dev.rasd.ingest.poll;

import dev.rasd.contract.Feed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the polls of the feeds this instance holds, each at its own next poll time. Polls run on virtual threads, at
 * most {@code maxConcurrentPolls} at a time; a slow or broken feed only occupies its own poll (per-host politeness
 * is the {@link dev.rasd.ingest.fetch.HostLimiter}'s job). After each poll the feed's checkpoint and health go to
 * the {@link PollSink} and the next poll is scheduled.
 *
 * <p>A feed is polled by at most one thread at a time. {@link #drop} (partitions revoked) stops a feed's polls and
 * waits for a running one to end, so no state of a dropped feed is written after its new owner restored it.
 */
public final class FeedScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    private final FeedPoller poller;
    private final PollSink sink;
    private final PollSettings settings;
    private final Clock clock;
    private final RandomGenerator random;
    private final Duration dropTimeout;
    private final Semaphore permits;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("rasd-ingest-timer").daemon().factory());
    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rasd-ingest-poll-", 0).factory());

    /**
     * @param maxConcurrentPolls the most polls running at once
     * @param dropTimeout the longest {@link #drop} waits for a running poll of a dropped feed
     */
    public FeedScheduler(FeedPoller poller, PollSink sink, PollSettings settings, int maxConcurrentPolls,
            Duration dropTimeout, Clock clock, RandomGenerator random) {
        this.poller = poller;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.dropTimeout = dropTimeout;
        this.permits = new Semaphore(maxConcurrentPolls, true);
    }

    /**
     * Holds {@code feed} (new or changed) and schedules its next poll. A feed held for the first time resumes from
     * {@code restored} (its stored checkpoint, or null for a feed never polled); its first poll is spread over the
     * minimum interval so a restart does not fetch every feed at once. A disabled feed is held but not polled.
     */
    public void hold(Feed feed, FeedCheckpoint restored) {
        Slot held = slots.get(feed.id());
        if (held != null && held.feed.equals(feed)) {
            return; // re-read after a rebalance: keep its schedule
        }
        Slot slot = slots.compute(feed.id(), (id, existing) -> {
            if (existing != null) {
                existing.feed = feed;
                existing.checkpoint = existing.checkpoint.forConfiguredUrl(feed.url());
                return existing;
            }
            FeedCheckpoint start = restored != null ? restored.forConfiguredUrl(feed.url())
                    : FeedCheckpoint.initial(feed.id(), feed.url());
            return new Slot(feed, start);
        });
        synchronized (slot) {
            if (feed.enabled()) {
                schedule(slot, firstPollAt(slot.checkpoint));
            } else if (slot.next != null) {
                slot.next.cancel(false);
                slot.next = null;
            }
        }
    }

    /** Stops polling the given feeds and forgets them (their partitions went to another instance). */
    public void drop(Collection<String> feedIds) {
        long deadline = System.nanoTime() + dropTimeout.toNanos();
        for (String id : feedIds) {
            Slot slot = slots.remove(id);
            if (slot == null) {
                continue;
            }
            slot.owned = false;
            synchronized (slot) {
                if (slot.next != null) {
                    slot.next.cancel(false);
                }
            }
            try {
                if (slot.running.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    slot.running.unlock();
                } else {
                    LOG.warn("feed {}: still polling after {}; its result will be discarded", id, dropTimeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops polling a feed removed from the catalog and deletes its stored state and health. */
    public void delete(String feedId) {
        drop(List.of(feedId));
        sink.checkpoint(feedId, null);
        sink.status(feedId, null);
    }

    /** The ids of the feeds held. */
    public Set<String> feedIds() {
        return Set.copyOf(slots.keySet());
    }

    /** The number of feeds held. */
    public int size() {
        return slots.size();
    }

    private Instant firstPollAt(FeedCheckpoint checkpoint) {
        Instant now = clock.instant();
        Instant due = checkpoint.nextPollAt();
        if (due != null && due.isAfter(now)) {
            Instant latest = now.plus(settings.maxBackoff());
            return due.isAfter(latest) ? latest : due;
        }
        return now.plusMillis(random.nextLong(settings.minInterval().toMillis() + 1));
    }

    /** Schedules the next poll of {@code slot}, replacing a pending one; call holding the slot's monitor. */
    private void schedule(Slot slot, Instant at) {
        if (slot.next != null) {
            slot.next.cancel(false);
        }
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        slot.next = timer.schedule(() -> polls.execute(() -> run(slot)), delay, TimeUnit.MILLISECONDS);
    }

    private void run(Slot slot) {
        if (!slot.owned) {
            return;
        }
        slot.running.lock();
        try {
            permits.acquire();
            PollOutcome outcome;
            try {
                if (!slot.owned || !slot.feed.enabled()) {
                    return;
                }
                outcome = poller.poll(slot.feed, slot.checkpoint, () -> slot.owned);
            } finally {
                permits.release();
            }
            if (!slot.owned) {
                return; // the new owner polls from the state it restored
            }
            slot.checkpoint = outcome.checkpoint();
            String id = slot.feed.id();
            // not awaited: a lost checkpoint only means the next owner re-reads items Kafka already has (same ids)
            sink.checkpoint(id, outcome.checkpoint()).whenComplete((ok, e) -> logFailure(id, "checkpoint", e));
            sink.status(id, outcome.status()).whenComplete((ok, e) -> logFailure(id, "status", e));
            synchronized (slot) {
                if (slot.owned && slot.feed.enabled()) {
                    schedule(slot, outcome.checkpoint().nextPollAt());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            slot.running.unlock();
        }
    }

    private static void logFailure(String feedId, String what, Throwable error) {
        if (error != null) {
            LOG.warn("feed {}: storing its {} failed: {}", feedId, what, error.toString());
        }
    }

    @Override
    public void close() {
        slots.values().forEach(slot -> slot.owned = false);
        timer.shutdownNow();
        polls.shutdownNow();
        try {
            if (!polls.awaitTermination(dropTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("polls still running {} after close", dropTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slots.clear();
    }

    /** One held feed. */
    private static final class Slot {
        volatile Feed feed;
        volatile FeedCheckpoint checkpoint;
        volatile boolean owned = true;
        /** Guarded by synchronized (this). */
        ScheduledFuture<?> next;
        /** Held while the feed is being polled. */
        final ReentrantLock running = new ReentrantLock();

        Slot(Feed feed, FeedCheckpoint checkpoint) {
            this.feed = feed;
            this.checkpoint = checkpoint;
        }
    }
}
