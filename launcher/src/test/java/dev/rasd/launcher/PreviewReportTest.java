package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewReportTest {

    private static final PreviewMatch ISIS = new PreviewMatch("a1", "s1", Instant.parse("2026-04-13T19:45:00Z"),
            "وكالة", "تقرير:\n خلايا موالية لداعش", "http://x.test/a1", "خلايا موالية «لداعش» تنشط");
    private static final PreviewMatch UNDATED = new PreviewMatch("a2", "s1", Instant.parse("2026-04-12T08:00:00Z"),
            null, "داعش", null, "«داعش»");

    @Test
    void theCountLineSaysArticlesStoriesAndTheWindow() {
        assertThat(PreviewReport.countLine(PreviewSummary.of(List.of(ISIS, UNDATED)), "7d"))
                .isEqualTo("would have matched 2 articles in 1 story in the last 7d");
        assertThat(PreviewReport.countLine(PreviewSummary.of(List.of()), "24h"))
                .isEqualTo("would have matched 0 articles in 0 stories in the last 24h");
    }

    @Test
    void theFullPreviewHasARowPerDayAndTheNewestWithTheirMarkedSnippets() {
        String report = PreviewReport.full(new WatchPreview.Result(List.of(UNDATED, ISIS), 3, false), "30d");

        assertThat(report).isEqualTo("""
                would have matched 2 articles in 1 story in the last 30d

                day (UTC)    articles  stories
                2026-04-12          1        1
                2026-04-13          1        0

                newest 2 of 2:
                2026-04-13 19:45Z  وكالة — تقرير: خلايا موالية لداعش
                    خلايا موالية «لداعش» تنشط
                    http://x.test/a1
                2026-04-12 08:00Z  - — داعش
                    «داعش»

                nothing saved (3 candidates from Elasticsearch checked by the watch matcher)
                """);
    }

    @Test
    void aPreviewWithoutMatchesHasOnlyItsCountAndHowItWasFound() {
        assertThat(PreviewReport.full(new WatchPreview.Result(List.of(), 1, false), "7d")).isEqualTo("""
                would have matched 0 articles in 0 stories in the last 7d

                nothing saved (1 candidate from Elasticsearch checked by the watch matcher)
                """);
    }

    @Test
    void aScannedPreviewSaysEveryArticleOfTheWindowWasChecked() {
        assertThat(PreviewReport.full(new WatchPreview.Result(List.of(), 1234, true), "7d"))
                .endsWith("nothing saved (all 1234 articles of the window checked by the watch matcher)\n");
    }
}
