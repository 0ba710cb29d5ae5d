package dev.rasd.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitTest {

    @Test
    void oneLineWithTimeSourceTitleUrlAndEntities() {
        SearchHit hit = new SearchHit(Instant.parse("2026-11-03T10:15:42Z"), "الجزيرة", "حفتر\nفي بنغازي",
                "https://x.test/a1", List.of("حفتر", "بنغازي"));

        assertThat(hit.toLine())
                .isEqualTo("2026-11-03 10:15Z  الجزيرة  حفتر في بنغازي  https://x.test/a1  [حفتر, بنغازي]");
    }

    @Test
    void missingValuesAreShownAsDashes() {
        SearchHit hit = new SearchHit(null, null, " ", "https://x.test/a1", null);

        assertThat(hit.toLine()).isEqualTo("----------------  -  -  https://x.test/a1");
    }

    @Test
    void formatSaysWhenNothingMatched() {
        assertThat(Search.format(List.of())).isEqualTo("no matching articles\n");
        SearchHit hit = new SearchHit(null, "s", "t", "u", List.of());
        assertThat(Search.format(List.of(hit, hit))).isEqualTo(hit.toLine() + "\n" + hit.toLine() + "\n");
    }
}
