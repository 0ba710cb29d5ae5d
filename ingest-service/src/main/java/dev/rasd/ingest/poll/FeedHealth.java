package dev.rasd.ingest.poll;

import dev.rasd.contract.FeedState;
import java.time.Duration;
import java.time.Instant;

/**
 * The health state of a feed after a poll, from its checkpoint:
 * <ul>
 *   <li>failing polls: {@code DEAD} after 410 Gone or more than a week without success, {@code FAILING} after more
 *       than a day, else {@code DEGRADED};</li>
 *   <li>successful polls: {@code SILENT} while the feed has published nothing new for much longer than its usual
 *       gap ({@link SilenceRule}; it hides a move, because a feed that stopped publishing is the more urgent news),
 *       else {@code MOVED} while the feed is polled at the URL a permanent redirect gave (so operators see that the
 *       definition should be updated), else {@code NOT_MODIFIED} for a 304, else {@code OK}.</li>
 * </ul>
 * The failing time counts from the first failure of the current run ({@link FeedCheckpoint#failingSince()}).
 */
public final class FeedHealth {

    static final Duration FAILING_AFTER = Duration.ofDays(1);
    static final Duration DEAD_AFTER = Duration.ofDays(7);

    private FeedHealth() {}

    /** The state of the feed whose last poll, at {@code now}, left {@code checkpoint}. */
    public static FeedState of(FeedCheckpoint checkpoint, Instant now) {
        if (checkpoint.consecutiveFailures() > 0) {
            if (checkpoint.gone()) {
                return FeedState.DEAD;
            }
            Instant since = checkpoint.failingSince() != null ? checkpoint.failingSince() : now;
            Duration failingFor = Duration.between(since, now);
            if (failingFor.compareTo(DEAD_AFTER) > 0) {
                return FeedState.DEAD;
            }
            return failingFor.compareTo(FAILING_AFTER) > 0 ? FeedState.FAILING : FeedState.DEGRADED;
        }
        if (checkpoint.silent()) {
            return FeedState.SILENT;
        }
        if (checkpoint.moved()) {
            return FeedState.MOVED;
        }
        return checkpoint.httpStatus() == 304 ? FeedState.NOT_MODIFIED : FeedState.OK;
    }
}
