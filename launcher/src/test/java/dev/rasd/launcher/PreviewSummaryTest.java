package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewSummaryTest {

    private static PreviewMatch match(String id, String story, String time) {
        return new PreviewMatch(id, story, Instant.parse(time), "src", "title " + id, null, "«x»");
    }

    @Test
    void articlesOfOneStoryCountOnceAsAStory() {
        PreviewSummary summary = PreviewSummary.of(List.of(match("a", "s1", "2026-05-01T08:00:00Z"),
                match("b", "s1", "2026-05-01T09:00:00Z"), match("c", "s2", "2026-05-01T10:00:00Z")));

        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.stories()).isEqualTo(2);
    }

    @Test
    void anArticleWithoutAStoryIsAStoryOfItsOwn() {
        PreviewSummary summary = PreviewSummary.of(List.of(match("a", null, "2026-05-01T08:00:00Z"),
                match("b", null, "2026-05-01T09:00:00Z"), match("c", "a", "2026-05-01T10:00:00Z")));

        // "c" is in story "a", the story of the article "a" that has none yet: they are one story
        assertThat(summary.stories()).isEqualTo(2);
    }

    @Test
    void aStoryCountsOnTheDayOfItsFirstMatchingArticleSoDaysAddUpToTheTotal() {
        PreviewSummary summary = PreviewSummary.of(List.of(match("late", "s1", "2026-05-03T01:00:00Z"),
                match("early", "s1", "2026-05-01T23:59:00Z"), match("other", "s2", "2026-05-03T02:00:00Z")));

        assertThat(summary.days()).containsExactly(
                new PreviewSummary.Day(LocalDate.parse("2026-05-01"), 1, 1),
                new PreviewSummary.Day(LocalDate.parse("2026-05-03"), 2, 1));
        assertThat(summary.days().stream().mapToInt(PreviewSummary.Day::stories).sum()).isEqualTo(summary.stories());
    }

    @Test
    void daysAreUtcDaysOldestFirst() {
        PreviewSummary summary = PreviewSummary.of(List.of(match("b", null, "2026-05-02T00:30:00+03:00"),
                match("a", null, "2026-05-02T00:30:00Z")));

        assertThat(summary.days()).extracting(PreviewSummary.Day::date)
                .containsExactly(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-02"));
    }

    @Test
    void theNewestAreTheTenLatestNewestFirstWhateverTheInputOrder() {
        List<PreviewMatch> matches = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            matches.add(match("a" + day, null, String.format("2026-05-%02dT12:00:00Z", day)));
        }
        List<PreviewMatch> shuffled = new ArrayList<>(matches);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        PreviewSummary summary = PreviewSummary.of(shuffled);

        assertThat(summary.newest()).extracting(PreviewMatch::id)
                .containsExactly("a12", "a11", "a10", "a9", "a8", "a7", "a6", "a5", "a4", "a3");
    }

    @Test
    void articlesOfTheSameTimeAreOrderedById() {
        PreviewSummary summary = PreviewSummary.of(List.of(match("b", null, "2026-05-01T08:00:00Z"),
                match("a", null, "2026-05-01T08:00:00Z")));

        assertThat(summary.newest()).extracting(PreviewMatch::id).containsExactly("a", "b");
    }

    @Test
    void noMatchesGiveZeroCountsAndNoDays() {
        PreviewSummary summary = PreviewSummary.of(List.of());

        assertThat(summary.articles()).isZero();
        assertThat(summary.stories()).isZero();
        assertThat(summary.days()).isEmpty();
        assertThat(summary.newest()).isEmpty();
    }
}
