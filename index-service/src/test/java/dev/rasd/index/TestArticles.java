package dev.rasd.index;

import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.SchemaVersion;
import java.time.Instant;
import java.util.List;

/** Enriched articles for tests. */
public final class TestArticles {

    private TestArticles() {}

    /** An article with {@code id}, {@code title}, {@code text}, published at {@code publishedAt}, with {@code entities}. */
    public static EnrichedArticle article(String id, String title, String text, Instant publishedAt,
            List<EntityMention> entities) {
        return article(id, title, text, publishedAt, entities, "story-" + id, 0);
    }

    /** A plain article with {@code id} and {@code text}, published at {@code publishedAt}, without entities. */
    public static EnrichedArticle article(String id, String text, Instant publishedAt) {
        return article(id, "عنوان " + id, text, publishedAt, List.of());
    }

    /** Version {@code revision} of an article in {@code storyId} (null: none yet), with all the fields above. */
    public static EnrichedArticle article(String id, String title, String text, Instant publishedAt,
            List<EntityMention> entities, String storyId, int revision) {
        Instant fetched = publishedAt == null ? Instant.parse("2026-11-03T10:00:00Z") : publishedAt.plusSeconds(60);
        return new EnrichedArticle(SchemaVersion.CURRENT, id, "https://example.test/" + id,
                "https://example.test/" + id, "aljazeera", "الجزيرة", title, null, text, null, publishedAt, fetched,
                fetched, null, List.of("سياسة"), "hash-" + id + "-" + revision, Extraction.JSON_LD, "ar", 0.98, entities,
                storyId, revision, List.of(), fetched.plusSeconds(1));
    }
}
