package dev.rasd.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.Json;
import dev.rasd.contract.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingArticleTest {

    private static final EnrichedArticle ARTICLE = new EnrichedArticle(SchemaVersion.CURRENT, "a1",
            "https://x.test/a1", null, "f", "العربية", "عنوان \"مقتبس\"", null, "نص} فيه {أقواس", null, null,
            Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:00:01Z"), null, List.of(), "h1",
            Extraction.JSON_LD, "ar", 0.97, List.of(new EntityMention("داعش", "داعش", EntityType.ORG, "text", 0, 4)),
            null, 2, List.of("isis"), Instant.parse("2026-12-07T10:00:02Z"));

    @Test
    void withItsStoryItReadsAsTheArticleWithThatStory() throws Exception {
        byte[] joined = PendingArticle.of(ARTICLE).withStory("s\"1");

        assertThat(Json.mapper().readValue(joined, EnrichedArticle.class)).isEqualTo(ARTICLE.withStory("s\"1"));
        assertThat(Json.mapper().readTree(joined)).isEqualTo(Json.mapper().readTree(Json.write(ARTICLE.withStory("s\"1"))));
    }

    @Test
    void itsRevisionAndJsonSurviveTheStore() {
        PendingArticle pending = PendingArticle.of(ARTICLE);

        PendingArticle stored = PendingArticle.SERDE.deserializer().deserialize("t",
                PendingArticle.SERDE.serializer().serialize("t", pending));

        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.json()).isEqualTo(pending.json());
        assertThat(PendingArticle.SERDE.serializer().serialize("t", null)).isNull();
    }

    @Test
    void anArticleThatHasAStoryIsNotPending() {
        assertThatThrownBy(() -> PendingArticle.of(ARTICLE.withStory("s1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
    }
}
