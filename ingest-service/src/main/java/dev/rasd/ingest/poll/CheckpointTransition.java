package dev.rasd.ingest.poll;

import dev.rasd.contract.FeedStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a poll does to a feed's checkpoint, and the health it yields: the rules of polling, with no I/O and no clock.
 * <ul>
 *   <li>A success (a parsed document, or 304 Not Modified) clears the failures, learns the schedule
 *       ({@link PollSchedule}) and the publication rhythm ({@link PublicationRhythm}), and schedules the next poll
 *       after the learnt interval. A document's validators (ETag, Last-Modified) are kept only when every new item
 *       of it was published, else the old ones stay, so the next poll fetches it in full again. A 304 keeps the old
 *       validators, items and hint.</li>
 *   <li>A success that published nothing is silent when the {@link SilenceRule} says so; one that published
 *       something is not.</li>
 *   <li>A failure counts one more consecutive failure, keeps the validators, items, schedule, rhythm and silence,
 *       and waits the jittered exponential backoff, or the server's Retry-After when longer, but never longer than
 *       the maximum backoff. A 410 Gone marks the feed gone.</li>
 *   <li>A permanent redirect moves the feed: it is polled at the new URL from then on.</li>
 *   <li>The next poll is counted from the end of the poll ({@code finishedAt}): a timeout may have taken a while.</li>
 * </ul>
 */
public final class CheckpointTransition {

    private final PollSettings settings;
    private final RandomGenerator random;

    /** @param random the backoff's jitter */
    public CheckpointTransition(PollSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    /**
     * The feed's checkpoint and health after a poll.
     *
     * @param previous the checkpoint the poll started from
     * @param result what the poll found
     * @param polledAt when the poll started
     * @param finishedAt when it ended
     */
    public PollOutcome after(FeedCheckpoint previous, PollResult result, Instant polledAt, Instant finishedAt) {
        return switch (result) {
            case PollResult.NotModified notModified -> succeeded(previous, polledAt, finishedAt, 304,
                    notModified.movedTo(), notModified.maxAge(), previous.etag(), previous.lastModified(),
                    previous.hint(), List.of(), List.of(), previous.seen());
            case PollResult.Fetched fetched -> succeeded(previous, polledAt, finishedAt, fetched.httpStatus(),
                    fetched.movedTo(), fetched.maxAge(),
                    fetched.complete() ? fetched.etag() : previous.etag(),
                    fetched.complete() ? fetched.lastModified() : previous.lastModified(),
                    fetched.feedHint(), fetched.itemDates(), fetched.publishedDates(), fetched.seen());
            case PollResult.Failed failed -> failed(previous, polledAt, finishedAt, failed);
        };
    }

    private PollOutcome succeeded(FeedCheckpoint previous, Instant polledAt, Instant finishedAt, int httpStatus,
            String movedTo, Duration maxAge, String etag, String lastModified, Duration feedHint,
            List<Instant> itemDates, List<Instant> publishedDates, String seen) {
        int published = publishedDates.size();
        PollSchedule schedule = previous.schedule().observe(polledAt, published, itemDates);
        Duration interval = schedule.interval(settings.minInterval(), settings.maxInterval(),
                longest(feedHint, maxAge));
        PublicationRhythm rhythm = previous.rhythm().with(publishedDates.stream()
                .map(date -> PublicationRhythm.publicationTime(date, previous.lastSuccessAt(), polledAt))
                .toList());
        boolean silent = published == 0 && settings.silence().isSilent(rhythm, polledAt);
        FeedCheckpoint checkpoint = new FeedCheckpoint(previous.feedId(), previous.configuredUrl(),
                Objects.requireNonNullElse(movedTo, previous.url()), etag, lastModified, 0, null, null, httpStatus,
                polledAt, polledAt, finishedAt.plus(interval), seconds(schedule.meanGap()), schedule.lastNewItemAt(),
                seconds(feedHint), seen, false, rhythm, silent);
        return new PollOutcome(checkpoint, status(checkpoint, itemDates.size(), published));
    }

    private PollOutcome failed(FeedCheckpoint previous, Instant polledAt, Instant finishedAt,
            PollResult.Failed failed) {
        int failures = previous.consecutiveFailures() + 1;
        Duration wait = settings.backoff().delay(failures, random);
        Duration retryAfter = failed.retryAfter();
        if (retryAfter != null) {
            // the server's own wait, but within our cap: a Retry-After of a week must not silence a feed
            wait = retryAfter.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : longest(wait, retryAfter);
        }
        FeedCheckpoint checkpoint = new FeedCheckpoint(previous.feedId(), previous.configuredUrl(),
                Objects.requireNonNullElse(failed.movedTo(), previous.url()), previous.etag(),
                previous.lastModified(), failures, Objects.requireNonNullElse(previous.failingSince(), polledAt),
                failed.error(), failed.httpStatus(), polledAt, previous.lastSuccessAt(), finishedAt.plus(wait),
                previous.meanGapSeconds(), previous.lastNewItemAt(), previous.hintSeconds(),
                Objects.requireNonNullElse(failed.seen(), previous.seen()), failed.httpStatus() == 410,
                previous.rhythm(), previous.silent());
        return new PollOutcome(checkpoint, status(checkpoint, 0, 0));
    }

    /** The health record of a feed whose poll left {@code checkpoint}. */
    private static FeedStatus status(FeedCheckpoint checkpoint, int items, int published) {
        PublicationRhythm rhythm = checkpoint.rhythm();
        return FeedStatus.of(checkpoint.feedId(), checkpoint.url(), FeedHealth.of(checkpoint,
                checkpoint.lastPolledAt()), checkpoint.httpStatus(), checkpoint.lastError(),
                checkpoint.consecutiveFailures(), checkpoint.lastPolledAt(), checkpoint.lastSuccessAt(),
                checkpoint.nextPollAt(), items, published, checkpoint.moved() ? checkpoint.url() : null,
                rhythm.lastPublishedAt(), seconds(rhythm.usualGap()));
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    /** The longer of two optional durations; null when both are null. */
    private static Duration longest(Duration a, Duration b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
