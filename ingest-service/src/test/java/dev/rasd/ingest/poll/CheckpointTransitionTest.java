package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class CheckpointTransitionTest {

    private static final String URL = "https://a.example/rss";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    /** Backoff jitter at its lowest: each wait is half the exponential ceiling. */
    private static final RandomGenerator NO_JITTER = () -> 0L;
    private static final PollSettings SETTINGS = new PollSettings(Duration.ofMinutes(2), Duration.ofMinutes(60),
            Duration.ofHours(6), 1_000_000, 1_000_000, 100, Duration.ofSeconds(30),
            new SilenceRule(3, Duration.ofHours(6)));

    private final CheckpointTransition transition = new CheckpointTransition(SETTINGS, NO_JITTER);
    private final FeedCheckpoint start = FeedCheckpoint.initial("f", URL);

    private PollOutcome at(Instant polledAt, FeedCheckpoint previous, PollResult result) {
        return transition.after(previous, result, polledAt, polledAt);
    }

    /** A complete document with ETag {@code etag}, listing items dated {@code dates}, all of them published. */
    private static PollResult.Fetched fetched(String etag, List<Instant> dates, String seen) {
        return new PollResult.Fetched(200, null, null, etag, "Sun, 01 Mar 2026 11:00:00 GMT", null, dates, dates,
                true, seen);
    }

    /** A complete document that lists only items already published. */
    private static PollResult.Fetched nothingNew(String seen) {
        return new PollResult.Fetched(200, null, null, "\"same\"", null, null, List.of(NOW), List.of(), true, seen);
    }

    private static PollResult.Failed serverError() {
        return new PollResult.Failed(500, "HTTP 500 from " + URL, null, null, null);
    }

    /** {@code count} dates {@code gap} apart, the newest at {@code newest}, newest first as feeds list them. */
    private static List<Instant> dates(int count, Duration gap, Instant newest) {
        List<Instant> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(newest.minus(gap.multipliedBy(i)));
        }
        return dates;
    }

    @Test
    void aFetchedDocumentStoresItsValidatorsAndSeenItemsAndIsOk() {
        PollOutcome outcome = at(NOW, start, fetched("\"v1\"", dates(2, Duration.ofMinutes(30), NOW), "SEEN"));

        FeedCheckpoint checkpoint = outcome.checkpoint();
        assertThat(checkpoint.etag()).isEqualTo("\"v1\"");
        assertThat(checkpoint.lastModified()).isEqualTo("Sun, 01 Mar 2026 11:00:00 GMT");
        assertThat(checkpoint.seen()).isEqualTo("SEEN");
        assertThat(checkpoint.lastPolledAt()).isEqualTo(NOW);
        assertThat(checkpoint.lastSuccessAt()).isEqualTo(NOW);
        assertThat(outcome.status().state()).isEqualTo(FeedState.OK);
        assertThat(outcome.status().httpStatus()).isEqualTo(200);
        assertThat(outcome.status().itemsInLastPoll()).isEqualTo(2);
        assertThat(outcome.status().newArticles()).isEqualTo(2);
    }

    @Test
    void aDocumentCutOffBeforeItsLastNewItemKeepsTheOldValidatorsButRemembersWhatWasPublished() {
        FeedCheckpoint previous = at(NOW, start, fetched("\"v0\"", List.of(NOW), "OLD")).checkpoint();

        FeedCheckpoint next = at(NOW.plusSeconds(600), previous, new PollResult.Fetched(200, null, null, "\"v1\"",
                "later", null, List.of(NOW, NOW), List.of(NOW), false, "NEWER")).checkpoint();

        assertThat(next.etag()).isEqualTo("\"v0\"");
        assertThat(next.lastModified()).isEqualTo("Sun, 01 Mar 2026 11:00:00 GMT");
        assertThat(next.seen()).isEqualTo("NEWER");
    }

    @Test
    void notModifiedKeepsTheValidatorsTheSeenItemsAndTheFeedsHint() {
        FeedCheckpoint previous = at(NOW, start, new PollResult.Fetched(200, null, null, "\"v1\"", null,
                Duration.ofMinutes(30), List.of(NOW), List.of(NOW), true, "SEEN")).checkpoint();

        PollOutcome outcome = at(NOW.plusSeconds(600), previous, new PollResult.NotModified(null, null));

        assertThat(outcome.checkpoint().etag()).isEqualTo("\"v1\"");
        assertThat(outcome.checkpoint().seen()).isEqualTo("SEEN");
        assertThat(outcome.checkpoint().hint()).isEqualTo(Duration.ofMinutes(30));
        assertThat(outcome.status().state()).isEqualTo(FeedState.NOT_MODIFIED);
        assertThat(outcome.status().httpStatus()).isEqualTo(304);
        assertThat(outcome.status().itemsInLastPoll()).isZero();
    }

    @Test
    void theNextPollIsDueHalfTheLearntGapAfterTheEndOfThePoll() {
        Instant finished = NOW.plusSeconds(5);

        FeedCheckpoint checkpoint = transition.after(start, fetched(null, dates(4, Duration.ofMinutes(40), NOW), ""),
                NOW, finished).checkpoint();

        assertThat(checkpoint.nextPollAt()).isEqualTo(finished.plus(Duration.ofMinutes(20)));
    }

    @Test
    void withoutALearntGapTheLongerOfTheFeedsHintAndTheResponsesMaxAgeIsTheInterval() {
        FeedCheckpoint checkpoint = at(NOW, start, new PollResult.Fetched(200, null, Duration.ofMinutes(30), null,
                null, Duration.ofMinutes(10), List.of(NOW), List.of(NOW), true, "")).checkpoint();

        assertThat(checkpoint.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(checkpoint.hint()).as("the feed's own hint is remembered").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void eachFailureInARowDoublesTheBackoffCountedFromTheEndOfThePoll() {
        FeedCheckpoint checkpoint = start;
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant finished = NOW.plusSeconds(20);
            checkpoint = transition.after(checkpoint, serverError(), NOW, finished).checkpoint();
            waits.add(Duration.between(finished, checkpoint.nextPollAt()));
        }

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(checkpoint.consecutiveFailures()).isEqualTo(3);
        assertThat(checkpoint.lastError()).isEqualTo("HTTP 500 from " + URL);
    }

    @Test
    void aFailureKeepsTheValidatorsSeenItemsScheduleAndRhythmAndRemembersWhenFailingBegan() {
        FeedCheckpoint ok = at(NOW, start, fetched("\"v1\"", dates(4, Duration.ofMinutes(40), NOW), "SEEN"))
                .checkpoint();

        FeedCheckpoint once = at(NOW.plusSeconds(60), ok, serverError()).checkpoint();
        PollOutcome twice = at(NOW.plusSeconds(120), once, serverError());

        FeedCheckpoint failing = twice.checkpoint();
        assertThat(failing.failingSince()).isEqualTo(NOW.plusSeconds(60));
        assertThat(failing.etag()).isEqualTo("\"v1\"");
        assertThat(failing.seen()).isEqualTo("SEEN");
        assertThat(failing.meanGapSeconds()).isEqualTo(ok.meanGapSeconds());
        assertThat(failing.rhythm()).isEqualTo(ok.rhythm());
        assertThat(failing.lastSuccessAt()).isEqualTo(NOW);
        assertThat(twice.status().state()).isEqualTo(FeedState.DEGRADED);
        assertThat(twice.status().httpStatus()).isEqualTo(500);
        assertThat(twice.status().newArticles()).isZero();
    }

    @Test
    void aFailureWithoutAnAnswerHasNoHttpStatus() {
        PollOutcome outcome = at(NOW, start, new PollResult.Failed(0,
                "no complete response from " + URL + " within 1000 ms", null, null, null));

        assertThat(outcome.status().httpStatus()).isZero();
        assertThat(outcome.status().lastError()).isEqualTo("no complete response from " + URL + " within 1000 ms");
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsWaited() {
        PollOutcome outcome = at(NOW, start, new PollResult.Failed(429, "HTTP 429 from " + URL,
                Duration.ofMinutes(20), null, null));

        assertThat(outcome.checkpoint().nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(outcome.status().state()).isEqualTo(FeedState.DEGRADED);
        assertThat(outcome.status().httpStatus()).isEqualTo(429);
    }

    @Test
    void aRetryAfterBeyondTheMaximumBackoffWaitsTheMaximum() {
        FeedCheckpoint checkpoint = at(NOW, start, new PollResult.Failed(429, "HTTP 429 from " + URL,
                Duration.ofDays(1), null, null)).checkpoint();

        assertThat(checkpoint.nextPollAt()).isEqualTo(NOW.plus(SETTINGS.maxBackoff()));
    }

    @Test
    void goneMakesTheFeedDeadAtOnce() {
        PollOutcome outcome = at(NOW, start, new PollResult.Failed(410, "HTTP 410 from " + URL, null, null, null));

        assertThat(outcome.checkpoint().gone()).isTrue();
        assertThat(outcome.status().state()).isEqualTo(FeedState.DEAD);
    }

    @Test
    void aPublishFailureRemembersTheItemsKafkaAcknowledged() {
        FeedCheckpoint ok = at(NOW, start, fetched("\"v1\"", List.of(NOW), "SEEN")).checkpoint();

        FeedCheckpoint failed = at(NOW.plusSeconds(60), ok, new PollResult.Failed(200,
                "publishing to Kafka failed: timeout", null, null, "SEEN+ONE")).checkpoint();

        assertThat(failed.seen()).isEqualTo("SEEN+ONE");
        assertThat(failed.etag()).as("the document was not processed in full").isEqualTo("\"v1\"");
        assertThat(failed.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void aSuccessAfterFailuresClearsThem() {
        FeedCheckpoint failing = at(NOW, start, serverError()).checkpoint();

        PollOutcome recovered = at(NOW.plusSeconds(60), failing, nothingNew(""));

        assertThat(recovered.checkpoint().consecutiveFailures()).isZero();
        assertThat(recovered.checkpoint().failingSince()).isNull();
        assertThat(recovered.checkpoint().lastError()).isNull();
        assertThat(recovered.status().state()).isEqualTo(FeedState.OK);
    }

    @Test
    void aPermanentRedirectMovesTheFeedAndItsStatusSaysWhere() {
        String moved = "https://b.example/feed";

        PollOutcome outcome = at(NOW, start, new PollResult.Fetched(200, moved, null, null, null, null, List.of(),
                List.of(), true, ""));

        assertThat(outcome.checkpoint().url()).isEqualTo(moved);
        assertThat(outcome.checkpoint().configuredUrl()).isEqualTo(URL);
        assertThat(outcome.status().state()).isEqualTo(FeedState.MOVED);
        assertThat(outcome.status().url()).isEqualTo(moved);
        assertThat(outcome.status().movedTo()).isEqualTo(moved);
    }

    @Test
    void aPollThatPublishesTellsWhenTheFeedLastPublishedAndItsUsualGap() {
        PollOutcome outcome = at(NOW, start, fetched(null, dates(5, Duration.ofHours(2), NOW.minusSeconds(600)),
                ""));

        assertThat(outcome.status().lastPublishedAt()).isEqualTo(NOW.minusSeconds(600));
        assertThat(outcome.status().usualGapSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
    }

    @Test
    void aFeedThatAnswersButPublishesNothingForThreeUsualGapsBecomesSilent() {
        FeedCheckpoint everyFourHours = at(NOW, start, fetched(null, dates(4, Duration.ofHours(4), NOW), ""))
                .checkpoint();

        PollOutcome quiet = at(NOW.plus(Duration.ofHours(11)), everyFourHours, new PollResult.NotModified(null, null));
        PollOutcome silent = at(NOW.plus(Duration.ofHours(13)), quiet.checkpoint(), nothingNew(""));

        assertThat(quiet.status().state()).isEqualTo(FeedState.NOT_MODIFIED);
        assertThat(quiet.checkpoint().silent()).isFalse();
        assertThat(silent.status().state()).isEqualTo(FeedState.SILENT);
        assertThat(silent.checkpoint().silent()).isTrue();
        assertThat(silent.status().lastPublishedAt()).isEqualTo(NOW);
        assertThat(silent.status().usualGapSeconds()).isEqualTo(Duration.ofHours(4).toSeconds());
    }

    @Test
    void aSilentFeedThatPublishesAgainIsOk() {
        FeedCheckpoint everyFourHours = at(NOW, start, fetched(null, dates(4, Duration.ofHours(4), NOW), ""))
                .checkpoint();
        Instant later = NOW.plus(Duration.ofDays(1));
        FeedCheckpoint silent = at(later, everyFourHours, nothingNew("")).checkpoint();

        List<Instant> undated = new ArrayList<>();
        undated.add(null);
        PollOutcome again = at(later.plusSeconds(600), silent, new PollResult.Fetched(200, null, null, null, null,
                null, undated, undated, true, ""));

        assertThat(silent.silent()).isTrue();
        assertThat(again.checkpoint().silent()).isFalse();
        assertThat(again.status().state()).isEqualTo(FeedState.OK);
        assertThat(again.status().lastPublishedAt()).as("an undated item is published when first seen")
                .isEqualTo(later.plusSeconds(600));
    }

    @Test
    void aSilentFeedThatFailsReportsTheFailureAndIsStillSilentWhenItAnswersAgain() {
        FeedCheckpoint everyFourHours = at(NOW, start, fetched(null, dates(4, Duration.ofHours(4), NOW), ""))
                .checkpoint();
        Instant later = NOW.plus(Duration.ofDays(1));
        FeedCheckpoint silent = at(later, everyFourHours, nothingNew("")).checkpoint();

        PollOutcome failing = at(later.plusSeconds(60), silent, serverError());
        PollOutcome answering = at(later.plusSeconds(120), failing.checkpoint(), new PollResult.NotModified(null,
                null));

        assertThat(failing.status().state()).isEqualTo(FeedState.DEGRADED);
        assertThat(failing.checkpoint().silent()).isTrue();
        assertThat(answering.status().state()).isEqualTo(FeedState.SILENT);
    }
}
