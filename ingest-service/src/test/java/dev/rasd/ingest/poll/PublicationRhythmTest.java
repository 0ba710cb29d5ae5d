package dev.rasd.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationRhythmTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static PublicationRhythm everyMinutes(int count, int minutes) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(T.plus(Duration.ofMinutes((long) i * minutes)));
        }
        return new PublicationRhythm(times);
    }

    @Test
    void theUsualGapIsUnknownUntilThreeGapsAreKnown() {
        assertThat(new PublicationRhythm(null).usualGap()).isNull();
        assertThat(everyMinutes(3, 10).usualGap()).isNull();
        assertThat(everyMinutes(4, 10).usualGap()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theUsualGapIsTheNinetiethPercentileSoOneLongPauseInTenDoesNotCount() {
        List<Instant> times = new ArrayList<>(everyMinutes(10, 10).times());
        times.add(times.getLast().plus(Duration.ofHours(8)));
        PublicationRhythm oneNightInTenGaps = new PublicationRhythm(times);
        times.add(times.getLast().plus(Duration.ofHours(8)));
        PublicationRhythm twoNightsInElevenGaps = new PublicationRhythm(times);

        assertThat(oneNightInTenGaps.usualGap()).isEqualTo(Duration.ofMinutes(10));
        assertThat(twoNightsInElevenGaps.usualGap()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void timesAreKeptSortedAndOnceSoABurstIsNotARunOfZeroGaps() {
        PublicationRhythm rhythm = new PublicationRhythm(List.of(T.plusSeconds(60), T, T.plusSeconds(60)));

        assertThat(rhythm.times()).containsExactly(T, T.plusSeconds(60));
        assertThat(rhythm.lastPublishedAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void onlyTheNewestFiftyTimesAreKept() {
        PublicationRhythm rhythm = everyMinutes(PublicationRhythm.KEPT, 1).with(List.of(T.minusSeconds(1),
                T.plus(Duration.ofHours(5))));

        assertThat(rhythm.times()).hasSize(PublicationRhythm.KEPT);
        assertThat(rhythm.times().getFirst()).isEqualTo(T.plus(Duration.ofMinutes(1)));
        assertThat(rhythm.lastPublishedAt()).isEqualTo(T.plus(Duration.ofHours(5)));
    }

    @Test
    void anItemCountsAsPublishedAtItsDateWithinTheWindowItCanHaveAppearedIn() {
        Instant lastRead = T.plus(Duration.ofHours(1));
        Instant now = T.plus(Duration.ofHours(2));

        assertThat(PublicationRhythm.publicationTime(T.plus(Duration.ofMinutes(90)), lastRead, now))
                .isEqualTo(T.plus(Duration.ofMinutes(90)));
        assertThat(PublicationRhythm.publicationTime(T, lastRead, now)).as("listed late or backdated")
                .isEqualTo(lastRead);
        assertThat(PublicationRhythm.publicationTime(T.plus(Duration.ofHours(5)), lastRead, now))
                .as("dated in the future").isEqualTo(now);
        assertThat(PublicationRhythm.publicationTime(null, lastRead, now)).as("undated").isEqualTo(now);
        assertThat(PublicationRhythm.publicationTime(T, null, now)).as("first read of the feed").isEqualTo(T);
    }
}
