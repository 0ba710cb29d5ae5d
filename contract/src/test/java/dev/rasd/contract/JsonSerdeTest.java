package dev.rasd.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<RawArticle> serde = JsonSerde.of(RawArticle.class);

    private static RawArticle article() {
        return new RawArticle(SchemaVersion.CURRENT, "0123456789abcdef0123456789abcdef", "https://x.test/a?utm_source=y",
                "https://x.test/a", "alarabiya", "العربية", "التحالف الدولي", "ملخص", "نص\n\nفقرة", null,
                Instant.parse("2021-02-20T10:15:30Z"), Instant.parse("2021-02-20T10:16:00Z"),
                Instant.parse("2021-02-20T10:16:01Z"), null, List.of("سياسة"), "ff", Extraction.JSON_LD, "ar", DateSource.JSON_LD);
    }

    @Test
    void roundTripsArabicTextAndInstants() {
        RawArticle original = article();
        byte[] bytes = serde.serialize("t", original);
        assertThat(serde.deserialize("t", bytes)).isEqualTo(original);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"publishedAt\":\"2021-02-20T10:15:30Z\"").contains("\"extraction\":\"json-ld\"")
                .contains("\"schemaVersion\":1").doesNotContain("\"author\"");
    }

    @Test
    void ignoresUnknownFieldsSoNewerWritersDoNotBreakOlderReaders() {
        String json = "{\"schemaVersion\":2,\"id\":\"a\",\"title\":\"t\",\"somethingNew\":{\"x\":1}}";
        RawArticle read = serde.deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.id()).isEqualTo("a");
        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.categories()).isEmpty();
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void invalidJsonFailsWithTheTypeAndTheProblem() {
        assertThatThrownBy(() -> serde.deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("not a valid RawArticle JSON record:");
    }

    @Test
    void anArticleGivenItsStoryRoundTripsWithItAndKeepsEveryOtherField() {
        EnrichedArticle article = new EnrichedArticle(SchemaVersion.CURRENT, "a1", "https://x.test/a", null, "f", "s",
                "t", null, "x", null, null, null, Instant.parse("2021-02-20T10:16:01Z"), null, List.of(), "ff", null,
                "ar", 0.9, List.of(), null, 1, List.of("w"), Instant.parse("2021-02-20T10:16:02Z"));
        EnrichedArticle withStory = article.withStory("s7");
        JsonSerde<EnrichedArticle> articles = JsonSerde.of(EnrichedArticle.class);
        assertThat(articles.deserialize("t", articles.serialize("t", withStory))).isEqualTo(withStory);
        assertThat(withStory.storyId()).isEqualTo("s7");
        assertThat(withStory).usingRecursiveComparison().ignoringFields("storyId").isEqualTo(article);
    }
}
