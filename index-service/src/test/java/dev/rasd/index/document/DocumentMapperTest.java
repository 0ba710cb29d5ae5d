package dev.rasd.index.document;

import static dev.rasd.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.Json;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.index.TestArticles;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMapperTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Topics TOPICS = Topics.withPrefix("t");

    private final DocumentMapper mapper =
            new DocumentMapper(TOPICS, new IndexNames("rasd"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anArticleIsWrittenWholeWithItsStoryInTheMonthItWasPublishedVersionedByItsRevision() throws Exception {
        EnrichedArticle article = TestArticles.article("a1", "عنوان", "نص", Instant.parse("2026-11-03T10:00:00Z"),
                List.of(), "s1", 1);

        IndexOperation operation = mapper.map(TOPICS.articlesEnriched(), Json.mapper().writeValueAsBytes(article));

        assertThat(operation.index()).isEqualTo("rasd-articles-2026.11");
        assertThat(operation.id()).isEqualTo("a1");
        assertThat(operation.version()).as("the revision, so that an older one never replaces it").isEqualTo(1L);
        JsonNode document = Json.mapper().readTree(operation.source());
        assertThat(document.path("revision").asInt()).isEqualTo(1);
        assertThat(document.path("storyId").asText()).isEqualTo("s1");
        assertThat(document.path("text").asText()).isEqualTo("نص");
    }

    @Test
    void articleWithoutPublishedAtGoesToTheMonthItWasFetched() throws Exception {
        EnrichedArticle article = article("a1", "نص", null); // fetched 2026-11-03

        IndexOperation operation = mapper.map(TOPICS.articlesEnriched(), Json.mapper().writeValueAsBytes(article));

        assertThat(operation.index()).isEqualTo("rasd-articles-2026.11");
    }

    @Test
    void anArticlesTimeIsWhenItWasPublishedElseFetchedElseFirstSeen() {
        Instant published = Instant.parse("2026-11-03T08:00:00Z");
        Instant fetched = Instant.parse("2026-11-03T09:00:00Z");
        Instant firstSeen = Instant.parse("2026-11-03T10:00:00Z");

        assertThat(ArticleDocument.timeOf(published, fetched, firstSeen)).isEqualTo(published);
        assertThat(ArticleDocument.timeOf(null, fetched, firstSeen)).isEqualTo(fetched);
        assertThat(ArticleDocument.timeOf(null, null, firstSeen)).isEqualTo(firstSeen);
        assertThat(ArticleDocument.timeOf(null, null, null)).isNull();
    }

    @Test
    void anArticleWithoutPublishedAtHasItsFetchTimeAsTimeAndKeepsPublishedAtNull() throws Exception {
        EnrichedArticle article = article("a1", "نص", null); // fetched 2026-11-03T10:00:00Z

        JsonNode document = Json.mapper().readTree(
                mapper.map(TOPICS.articlesEnriched(), Json.mapper().writeValueAsBytes(article)).source());

        assertThat(document.path("time").asText()).isEqualTo("2026-11-03T10:00:00Z");
        assertThat(document.hasNonNull("publishedAt")).isFalse();
        assertThat(document.path("fetchedAt").asText()).isEqualTo("2026-11-03T10:00:00Z");
    }

    @Test
    void aPublishedArticlesTimeIsItsPublicationTime() throws Exception {
        EnrichedArticle article = article("a1", "نص", Instant.parse("2026-10-31T23:00:00Z"));

        JsonNode document = Json.mapper().readTree(
                mapper.map(TOPICS.articlesEnriched(), Json.mapper().writeValueAsBytes(article)).source());

        assertThat(document.path("time").asText()).isEqualTo("2026-10-31T23:00:00Z");
        assertThat(document.path("publishedAt").asText()).isEqualTo("2026-10-31T23:00:00Z");
    }

    @Test
    void aReDeliveryLandsInTheSameIndexUnderTheSameIdEvenInAnotherMonth() throws Exception {
        byte[] value = Json.mapper().writeValueAsBytes(article("a1", "نص", Instant.parse("2026-10-31T23:00:00Z")));
        DocumentMapper nextYear = new DocumentMapper(TOPICS, new IndexNames("rasd"),
                Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));

        IndexOperation first = mapper.map(TOPICS.articlesEnriched(), value);
        IndexOperation again = nextYear.map(TOPICS.articlesEnriched(), value);

        assertThat(again.index()).isEqualTo(first.index()).isEqualTo("rasd-articles-2026.10");
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void articleDocumentCarriesCanonicalNamesPerTypeAndIndexedAt() throws Exception {
        EnrichedArticle article = article("a1", "حفتر في مصراتة", "نص", Instant.parse("2026-11-03T10:00:00Z"),
                List.of(new EntityMention("حفتر", "حفتر", EntityType.PER, "title", 0, 4),
                        new EntityMention("مصراتة", "مصراتة", EntityType.LOC, "title", 8, 14),
                        new EntityMention("لحفتر", "حفتر", EntityType.PER, "text", 0, 5),
                        new EntityMention("الأمم المتحدة", "الامم المتحده", EntityType.ORG, "text", 6, 19)));

        JsonNode document = Json.mapper().readTree(
                mapper.map(TOPICS.articlesEnriched(), Json.mapper().writeValueAsBytes(article)).source());

        assertThat(document.path("persons")).extracting(JsonNode::asText).containsExactly("حفتر");
        assertThat(document.path("locations")).extracting(JsonNode::asText).containsExactly("مصراتة");
        assertThat(document.path("organizations")).extracting(JsonNode::asText).containsExactly("الامم المتحده");
        assertThat(document.path("misc")).isEmpty();
        assertThat(document.path("entities")).hasSize(4);
        assertThat(document.path("entities").get(2).path("text").asText()).isEqualTo("لحفتر");
        assertThat(document.path("extraction").asText()).isEqualTo("json-ld");
        assertThat(document.path("indexedAt").asText()).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(document.has("schemaVersion")).isFalse();
    }

    @Test
    void alertGoesToTheMonthItWasDetectedUnderItsId() throws Exception {
        Alert alert = new Alert(SchemaVersion.CURRENT, Alert.idOf("w1", "s1"), "w1", "a1", "s1", "https://x.test/a1",
                "عنوان", "الجزيرة", "ar", null, Instant.parse("2026-11-29T00:00:00Z"), List.of("حفتر"), "«حفتر»",
                Instant.parse("2026-11-30T23:00:00Z"));

        IndexOperation operation = mapper.map(TOPICS.alerts(), Json.mapper().writeValueAsBytes(alert));

        assertThat(operation.index()).isEqualTo("rasd-alerts-2026.11");
        assertThat(operation.id()).isEqualTo("w1:s1");
    }

    @Test
    void aFollowUpRewritesItsAlertVersionedByItsOutletsSoAFewerCountNeverOverwritesALargerOne() throws Exception {
        Alert alert = new Alert(SchemaVersion.CURRENT, Alert.idOf("w1", "s1"), "w1", "a1", "s1", "https://x.test/a1",
                "عنوان", "الجزيرة", "ar", null, Instant.parse("2026-11-29T00:00:00Z"), List.of("حفتر"), "«حفتر»",
                Instant.parse("2026-11-30T23:00:00Z"), Alert.Kind.FOLLOW_UP, 3, Instant.parse("2026-12-01T02:00:00Z"),
                null);

        IndexOperation operation = mapper.map(TOPICS.alerts(), Json.mapper().writeValueAsBytes(alert));

        assertThat(operation.index()).as("the month of the first detection, where the alert is").isEqualTo("rasd-alerts-2026.11");
        assertThat(operation.id()).isEqualTo("w1:s1");
        assertThat(operation.version()).isEqualTo(3L);
        JsonNode document = Json.mapper().readTree(operation.source());
        assertThat(document.path("kind").asText()).isEqualTo("FOLLOW_UP");
        assertThat(document.path("outlets").asInt()).isEqualTo(3);
        assertThat(document.path("lastSeenAt").asText()).isEqualTo("2026-12-01T02:00:00Z");
    }

    @Test
    void feedStatusIsOneDocumentPerFeedVersionedByPollTime() throws Exception {
        Instant polled = Instant.parse("2026-11-03T10:00:00Z");
        FeedStatus status = FeedStatus.of("aljazeera", "https://x.test/rss", FeedState.OK, 200, null, 0, polled,
                polled, polled.plusSeconds(300), 20, 3, null, polled, 3600L);

        IndexOperation operation = mapper.map(TOPICS.feedStatus(), Json.mapper().writeValueAsBytes(status));

        assertThat(operation.index()).isEqualTo("rasd-feeds");
        assertThat(operation.id()).isEqualTo("aljazeera");
        assertThat(operation.version()).isEqualTo(polled.toEpochMilli());
        assertThat(Json.mapper().readTree(operation.source()).path("state").asText()).isEqualTo("OK");
    }

    @Test
    void feedStatusCarriesItsFeedsPublishingRhythmWhenReported() throws Exception {
        byte[] reported = bytes("{\"schemaVersion\": 1, \"feedId\": \"petra\", \"state\": \"OK\","
                + " \"lastPolledAt\": \"2026-11-03T10:00:00Z\", \"lastPublishedAt\": \"2026-11-02T08:00:00Z\","
                + " \"usualGapSeconds\": 5400}");
        byte[] unreported = bytes("{\"schemaVersion\": 1, \"feedId\": \"petra\", \"state\": \"OK\","
                + " \"lastPolledAt\": \"2026-11-03T10:00:00Z\"}");

        JsonNode withRhythm = Json.mapper().readTree(mapper.map(TOPICS.feedStatus(), reported).source());
        JsonNode withoutRhythm = Json.mapper().readTree(mapper.map(TOPICS.feedStatus(), unreported).source());

        assertThat(withRhythm.path("lastPublishedAt").asText()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(withRhythm.path("usualGapSeconds").asLong()).isEqualTo(5400);
        assertThat(withoutRhythm.has("lastPublishedAt")).isFalse();
        assertThat(withoutRhythm.has("usualGapSeconds")).isFalse();
    }

    @Test
    void invalidJsonIsUnindexableWithTheParseProblem() {
        byte[] value = "{\"id\": \"a1\", ".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> mapper.map(TOPICS.articlesEnriched(), value))
                .isInstanceOf(UnindexableRecordException.class)
                .hasMessageStartingWith("not a valid EnrichedArticle JSON record: ");
    }

    @Test
    void recordsWithoutIdOrDateAreUnindexable() {
        assertThatThrownBy(() -> mapper.map(TOPICS.articlesEnriched(), bytes("{\"title\": \"x\"}")))
                .isInstanceOf(UnindexableRecordException.class)
                .hasMessage("article has no id");
        assertThatThrownBy(() -> mapper.map(TOPICS.articlesEnriched(), bytes("{\"id\": \"a1\"}")))
                .isInstanceOf(UnindexableRecordException.class)
                .hasMessageContaining("none of publishedAt, fetchedAt, firstSeenAt");
        assertThatThrownBy(() -> mapper.map(TOPICS.alerts(), bytes("{\"id\": \"w:s\"}")))
                .isInstanceOf(UnindexableRecordException.class)
                .hasMessageContaining("no detectedAt");
        assertThatThrownBy(() -> mapper.map(TOPICS.feedStatus(), bytes("null")))
                .isInstanceOf(UnindexableRecordException.class)
                .hasMessageContaining("JSON null");
    }

    @Test
    void readsOnlyItsThreeTopics() {
        assertThat(mapper.reads(TOPICS.articlesEnriched())).isTrue();
        assertThat(mapper.reads(TOPICS.backfill())).isFalse();
        assertThat(mapper.reads(TOPICS.alerts())).isTrue();
        assertThat(mapper.reads(TOPICS.feedStatus())).isTrue();
        assertThat(mapper.reads(TOPICS.articlesRaw())).isFalse();
        assertThatThrownBy(() -> mapper.map(TOPICS.articlesRaw(), bytes("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String json) throws IOException {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
