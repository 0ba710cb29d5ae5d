package dev.rasd.index.search;

import static dev.rasd.index.search.MatchedEntities.POST;
import static dev.rasd.index.search.MatchedEntities.PRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.index.document.ArticleDocument.EntityDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchedEntitiesTest {

    // text: "التقى حفتر وفد الامم المتحدة في بنغازي"
    private static final List<EntityDocument> ENTITIES = List.of(
            new EntityDocument("حفتر", "حفتر", "PER", "text", 6, 10),
            new EntityDocument("الامم المتحدة", "الامم المتحده", "ORG", "text", 15, 28),
            new EntityDocument("بنغازي", "بنغازي", "LOC", "text", 32, 38),
            new EntityDocument("حفتر", "حفتر", "PER", "title", 0, 4));

    @Test
    void mentionsOverlappingAHighlightedSpanMatch() {
        String text = "التقى حفتر وفد " + PRE + "الامم" + POST + " المتحدة في " + PRE + "بنغازي" + POST;

        assertThat(MatchedEntities.of(ENTITIES, Map.of("text", List.of(text))))
                .containsExactly("الامم المتحده", "بنغازي");
    }

    @Test
    void mentionsOnlyMatchInTheirOwnField() {
        String title = "حفتر يصل";
        String text = "التقى " + PRE + "حفتر" + POST + " وفد الامم المتحدة في بنغازي";

        assertThat(MatchedEntities.of(ENTITIES, Map.of("title", List.of(title), "text", List.of(text))))
                .containsExactly("حفتر");
    }

    @Test
    void highlightedEntityKeywordsAreCanonicalFormsAndComeFirst() {
        String text = "التقى حفتر وفد الامم المتحدة في " + PRE + "بنغازي" + POST;

        assertThat(MatchedEntities.of(ENTITIES,
                Map.of("persons", List.of(PRE + "حفتر" + POST), "text", List.of(text))))
                .containsExactly("حفتر", "بنغازي");
    }

    @Test
    void nothingHighlightedNothingMatched() {
        assertThat(MatchedEntities.of(ENTITIES, Map.of())).isEmpty();
    }

    @Test
    void spansAreOffsetsInTheTextWithoutMarkers() {
        assertThat(MatchedEntities.markedSpans("ab" + PRE + "cd" + POST + "e" + PRE + "f" + POST))
                .containsExactly(new int[] {2, 4}, new int[] {5, 6});
        assertThat(MatchedEntities.markedTexts("ab" + PRE + "cd" + POST + "e" + PRE + "f" + POST))
                .containsExactly("cd", "f");
    }
}
