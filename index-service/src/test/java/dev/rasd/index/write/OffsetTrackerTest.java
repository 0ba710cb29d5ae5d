package dev.rasd.index.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void commitsNothingWhileTheFirstRecordIsUnfinished() {
        tracker.track(P0, 10);
        tracker.track(P0, 11);
        tracker.done(P0, 11);

        assertThat(tracker.takeCommittable()).isEmpty();
        assertThat(tracker.unfinished()).isEqualTo(1);
    }

    @Test
    void commitsUpToTheLowestUnfinishedOffset() {
        for (long offset = 10; offset <= 14; offset++) {
            tracker.track(P0, offset);
        }
        tracker.done(P0, 10);
        tracker.done(P0, 11);
        tracker.done(P0, 13);

        assertThat(tracker.takeCommittable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(12)));
    }

    @Test
    void commitsPastTheLastRecordWhenAllAreFinished() {
        tracker.track(P0, 10);
        tracker.track(P0, 12); // 11 was a transaction marker
        tracker.done(P0, 12);
        tracker.done(P0, 10);

        assertThat(tracker.takeCommittable()).isEqualTo(Map.of(P0, new OffsetAndMetadata(13)));
    }

    @Test
    void offersEachOffsetOnceUnlessItsCommitFailed() {
        tracker.track(P0, 0);
        tracker.done(P0, 0);
        tracker.track(P1, 5);
        tracker.done(P1, 5);

        Map<TopicPartition, OffsetAndMetadata> first = tracker.takeCommittable();
        assertThat(first).containsOnlyKeys(P0, P1);
        assertThat(tracker.takeCommittable()).isEmpty();

        tracker.commitFailed(first);
        assertThat(tracker.takeCommittable()).isEqualTo(first);
    }

    @Test
    void forgottenPartitionsAreNoLongerOwnedOrCommitted() {
        tracker.track(P0, 0);
        tracker.track(P1, 0);
        tracker.forget(List.of(P0));
        tracker.done(P0, 0); // a late acknowledgement after the revocation

        assertThat(tracker.owns(P0)).isFalse();
        assertThat(tracker.owns(P1)).isTrue();
        assertThat(tracker.unfinished(List.of(P0, P1))).isEqualTo(1);
        assertThat(tracker.takeCommittable()).isEmpty();
    }

    @Test
    void refusesOffsetsOutOfOrder() {
        tracker.track(P0, 5);

        assertThatThrownBy(() -> tracker.track(P0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
