package dev.rasd.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostLimiterTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    /** A clock that only moves when the limiter sleeps or the test advances it. */
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> sleeps = new ArrayList<>();
    private final HostLimiter limiter = new HostLimiter(Duration.ofSeconds(1), now::get, nanos -> {
        synchronized (sleeps) {
            sleeps.add(nanos);
        }
        now.addAndGet(nanos);
    });

    @Test
    void firstRequestToAHostDoesNotWait() throws InterruptedException {
        limiter.acquire("a.example").close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void nextRequestToTheSameHostWaitsForTheRestOfTheDelay() throws InterruptedException {
        limiter.acquire("a.example").close();
        now.addAndGet(SECOND / 4);

        limiter.acquire("A.Example").close();

        assertThat(sleeps).containsExactly(3 * SECOND / 4);
    }

    @Test
    void delayCountsFromTheEndOfTheRequest() throws InterruptedException {
        try (HostLimiter.Permit ignored = limiter.acquire("a.example")) {
            now.addAndGet(5 * SECOND); // a slow response
        }
        limiter.acquire("a.example").close();

        assertThat(sleeps).containsExactly(SECOND);
    }

    @Test
    void otherHostsDoNotWait() throws InterruptedException {
        limiter.acquire("a.example").close();

        limiter.acquire("b.example").close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void requestAfterTheDelayDoesNotWait() throws InterruptedException {
        limiter.acquire("a.example").close();
        now.addAndGet(2 * SECOND);

        limiter.acquire("a.example").close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void atMostOneRequestPerHostRunsAtATime() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                pool.submit(() -> {
                    try (HostLimiter.Permit ignored = limiter.acquire("a.example")) {
                        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.yield();
                        running.decrementAndGet();
                    }
                    return null;
                });
            }
        }

        assertThat(mostRunning.get()).isEqualTo(1);
        assertThat(sleeps).hasSize(199).allSatisfy(nanos -> assertThat(nanos).isEqualTo(SECOND));
    }

    @Test
    void forgetsIdleHostsOnlyAfterTheirDelay() throws InterruptedException {
        for (int i = 0; i < 5_000; i++) {
            limiter.acquire("host-" + i + ".example").close();
        }
        assertThat(limiter.trackedHosts()).as("all still within their delay").isEqualTo(5_000);

        now.addAndGet(2 * SECOND);
        limiter.acquire("one-more.example").close();

        assertThat(limiter.trackedHosts()).isEqualTo(1);
        limiter.acquire("host-1.example").close();
        assertThat(sleeps).isEmpty();
    }
}
