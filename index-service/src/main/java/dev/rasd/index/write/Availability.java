package dev.rasd.index.write;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether Elasticsearch takes writes: unavailable from the first failed request (connection error, 429, 5xx) until a
 * bulk request succeeds in full. Thread-safe: bulk responses update it on the client's threads.
 */
public final class Availability {

    private final Clock clock;
    private Instant unavailableSince;
    private String lastError;

    /** Availability that stamps failures by {@code clock}; available to begin with. */
    public Availability(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a failure; the first of a run sets the time Elasticsearch became unavailable. */
    public synchronized void failed(String error) {
        if (unavailableSince == null) {
            unavailableSince = clock.instant();
        }
        lastError = error;
    }

    /** Records a fully successful request: Elasticsearch is available again. */
    public synchronized void succeeded() {
        unavailableSince = null;
    }

    /** Since when Elasticsearch has been failing writes, or null while it takes them. */
    public synchronized Instant unavailableSince() {
        return unavailableSince;
    }

    /** The last failure, in one line, or null if there was none; kept after recovery for diagnosis. */
    public synchronized String lastError() {
        return lastError;
    }
}
