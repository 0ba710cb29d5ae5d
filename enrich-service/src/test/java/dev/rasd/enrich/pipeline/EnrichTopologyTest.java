package dev.rasd.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DateSource;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.StoryAssignment;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.watch.WatchRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Topics TOPICS = Topics.DEFAULT;
    private static String seedText;
    private static String seedTitle;
    private static ArticleEnricher enricher;
    private static WatchRegistry watches;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestInputTopic<String, Watch> watchInput;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, StoryAssignment> stories;
    private TestOutputTopic<String, byte[]> storyRequests;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeAll
    static void loadModels() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../seeds/000_34ebdda601602118.txt"));
        seedTitle = lines.getFirst().strip();
        seedText = String.join("\n", lines.subList(1, lines.size())).strip();
        watches = new WatchRegistry();
        enricher = new ArticleEnricher(new LanguageDetector(), EntityRecognizer.shipped()::recognize, watches::matcher);
    }

    @BeforeEach
    void startDriver() {
        WatchRegistry fresh = new WatchRegistry();
        watches = fresh;
        enricher = new ArticleEnricher(new LanguageDetector(), EntityRecognizer.shipped()::recognize, fresh::matcher);
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher, fresh, Duration.ofDays(30), 100_000,
                new SimpleMeterRegistry()), properties());
        createTopics();
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, tempDir());
        return props;
    }

    private void createTopics() {
        raw = driver.createInputTopic(TOPICS.articlesRaw(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        watchInput = driver.createInputTopic(TOPICS.watches(), Serdes.String().serializer(), JsonSerde.of(Watch.class));
        enriched = driver.createOutputTopic(TOPICS.articlesEnriched(), Serdes.String().deserializer(),
                JsonSerde.of(EnrichedArticle.class));
        alerts = driver.createOutputTopic(TOPICS.alerts(), Serdes.String().deserializer(), JsonSerde.of(Alert.class));
        stories = driver.createOutputTopic(TOPICS.stories(), Serdes.String().deserializer(),
                JsonSerde.of(StoryAssignment.class));
        storyRequests = driver.createOutputTopic("enrich-test-story-requests-repartition",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), Serdes.String().deserializer(),
                JsonSerde.of(DeadLetter.class));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("enrich-test").toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawArticle article(String id, String feed, String title, String text, String hash) {
        return new RawArticle(SchemaVersion.CURRENT, id, "https://" + feed + ".test/" + id, "https://" + feed + ".test/" + id,
                feed, feed, title, null, text, null, Instant.parse("2021-02-20T10:00:00Z"), Instant.now(),
                Instant.now(), null, List.of(), hash, Extraction.JSON_LD, "ar", DateSource.FEED);
    }

    private void send(RawArticle article) {
        raw.pipeInput(article.id(), JsonSerde.of(RawArticle.class).serialize(null, article));
    }

    @Test
    void anArticleGetsLanguageEntitiesAndItsWatchesAndItsStoryComesSeparately() {
        watchInput.pipeInput("coalition", Watch.of("coalition", "تحالف AND داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        var record = enriched.readRecord();
        EnrichedArticle out = record.value();
        assertThat(record.key()).isEqualTo("a1");
        assertThat(out.language()).isEqualTo("ar");
        assertThat(out.languageConfidence()).isGreaterThan(0.5);
        assertThat(out.storyId()).as("the story is not known in the parallel step").isNull();
        assertThat(out.revision()).isZero();
        assertThat(out.watches()).containsExactly("coalition");
        assertThat(out.canonicalNames(EntityType.ORG)).contains("داعش", "التحالف الدولي");
        assertThat(out.canonicalNames(EntityType.LOC)).contains("سوريا", "العراق");
        assertThat(out.entities()).allSatisfy(e -> assertThat(
                (e.field().equals("title") ? out.title() : out.text()).substring(e.start(), e.end())).isEqualTo(e.text()));
        var assignment = stories.readRecord();
        assertThat(assignment.key()).isEqualTo("a1");
        assertThat(assignment.value()).satisfies(a -> {
            assertThat(a.articleId()).isEqualTo("a1");
            assertThat(a.storyId()).isEqualTo("a1");
            assertThat(a.revision()).isZero();
            assertThat(a.publishedAt()).isEqualTo(out.publishedAt());
            assertThat(a.fetchedAt()).isEqualTo(out.fetchedAt());
            assertThat(a.firstSeenAt()).isEqualTo(out.firstSeenAt());
        });
        Alert alert = alerts.readValue();
        assertThat(alert.id()).isEqualTo("coalition:a1");
        assertThat(alert.articleId()).isEqualTo("a1");
        assertThat(alert.title()).isEqualTo(seedTitle);
        assertThat(alert.url()).isEqualTo(out.url());
        assertThat(alert.language()).isEqualTo("ar");
        assertThat(alert.matchedTerms()).containsExactly("تحالف", "داعش");
        assertThat(alert.snippet()).contains("«");
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void onlyASlimRequestWithoutTextOrEntitiesCrossesTheOnePartitionHop() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        EnrichedArticle article = enriched.readValue();
        byte[] value = storyRequests.readValue();
        StoryRequest request = JsonSerde.of(StoryRequest.class).deserialize(null, value);
        assertThat(request.articleId()).isEqualTo("a1");
        assertThat(request.revision()).isZero();
        assertThat(request.sentences()).isNotEmpty();
        assertThat(request.matches()).extracting(m -> m.watchId()).containsExactly("isis");
        assertThat(request.title()).isEqualTo(seedTitle);
        assertThat(request.publishedAt()).isEqualTo(article.publishedAt());
        String json = new String(value, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"text\"", "\"entities\"", "\"summary\"");
        assertThat(value.length).isLessThan(JsonSerde.of(EnrichedArticle.class).serialize(null, article).length / 4);
        assertThat(storyRequests.isEmpty()).isTrue();
    }

    @Test
    void aReDeliveryIsDroppedBeforeTheStoryHopAndARevisionKeepsItsStoryWithoutANewAlert() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle + " (محدث)", seedText + " وأضاف.", "h2"));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::revision).containsExactly(0, 1);
        assertThat(out).extracting(EnrichedArticle::storyId).containsOnlyNulls();
        assertThat(storyRequests.readValuesToList()).hasSize(2);
        assertThat(stories.readValuesToList()).extracting(StoryAssignment::revision, StoryAssignment::storyId)
                .containsExactly(Tuple.tuple(0, "a1"), Tuple.tuple(1, "a1"));
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void aRevisionThatNoLongerSharesItsSentencesStillKeepsTheStoryOfItsArticle() {
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        send(article("b7", "agency", "عنوان آخر", "نص مختلف تماما عن النص الأول في كل جملة من جمله الطويلة.", "h10"));
        assertThat(stories.readValuesToList()).extracting(StoryAssignment::articleId, StoryAssignment::storyId)
                .containsExactly(Tuple.tuple("a1", "a1"), Tuple.tuple("b7", "a1"), Tuple.tuple("b7", "a1"));
    }

    @Test
    void aSyndicatedCopyOnAnotherFeedJoinsTheStoryAndDoesNotAlertAgain() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::id).containsExactly("a1", "b7");
        assertThat(out.get(1).watches()).containsExactly("isis");
        assertThat(out.get(1).revision()).as("another id is a new article, not a revision").isZero();
        assertThat(stories.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value.storyId())
                .containsExactly(Tuple.tuple("a1", "a1"),
                        Tuple.tuple("b7", "a1"));
        assertThat(alerts.readValuesToList()).extracting(Alert::articleId).containsExactly("a1");
    }

    @Test
    void anAlertRaisedByABackfillIsNotRaisedAgainByTheStream() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        Alert backfilled = new Alert(SchemaVersion.CURRENT, Alert.idOf("isis", "a1"), "isis", "a1", "a1",
                "https://example.test/a1", seedTitle, "alarabiya", "ar", Instant.EPOCH, Instant.EPOCH, List.of("داعش"),
                seedTitle, Instant.EPOCH);
        driver.createInputTopic(TOPICS.alerts(), Serdes.String().serializer(), JsonSerde.of(Alert.class))
                .pipeInput("isis", backfilled);

        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));

        assertThat(stories.readValuesToList()).extracting(StoryAssignment::storyId).containsExactly("a1");
        assertThat(alerts.readValuesToList()).as("the backfill already alerted for this story").isEmpty();
    }

    @Test
    void anUnrelatedArticleStartsItsOwnStoryAndAlertsForItself() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("c3", "aljazeera", "داعش في خبر آخر",
                "قال مسؤولون إن تنظيم داعش أعلن مسؤوليته عن هجوم جديد في مدينة بعيدة اليوم. "
                        + "وأضاف المسؤولون أن التحقيقات ما زالت جارية لمعرفة تفاصيل الهجوم كاملة.", "h3"));
        assertThat(stories.readValuesToList()).extracting(StoryAssignment::storyId).containsExactly("a1", "c3");
        assertThat(alerts.readValuesToList()).extracting(Alert::id).containsExactly("isis:a1", "isis:c3");
    }

    @Test
    void pastTheRetentionWindowAnArticleIsForgottenAndItsReDeliveryIsANewArticleAgain() {
        driver.close();
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher, watches, Duration.ofMinutes(30),
                100_000, new SimpleMeterRegistry()), properties());
        createTopics();
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        driver.advanceWallClockTime(Duration.ofHours(2)); // the hourly sweep forgets what is older than 30 min
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::revision).containsExactly(0, 0);
        assertThat(stories.readValuesToList()).extracting(StoryAssignment::storyId).containsExactly("a1", "a1");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        raw.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("huge", ("{\"id\":\"x\",\"text\":\"" + "ا".repeat(60_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("noid", "{\"title\":\"بلا معرف\"}".getBytes(StandardCharsets.UTF_8));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).extracting(DeadLetter::key).containsExactly("bad", "huge", "noid");
        assertThat(letters.get(0).reason()).startsWith("not a valid RawArticle JSON record");
        assertThat(letters.get(0).payload()).isEqualTo("{not json");
        assertThat(letters.get(0).topic()).isEqualTo(TOPICS.articlesRaw());
        assertThat(letters.get(1).reason()).startsWith("oversized record:");
        assertThat(letters.get(2).reason()).isEqualTo("article without id");
        assertThat(letters).allMatch(l -> l.service().equals("enrich-service"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1");
        assertThat(stories.readValuesToList()).extracting(StoryAssignment::articleId).containsExactly("a1");
    }

    @Test
    void watchesComeAndGoAndAnInvalidOneHarmsNoOther() {
        watchInput.pipeInput("bad", Watch.of("bad", "داعش AND ("));
        watchInput.pipeInput("syria", Watch.of("syria", "سوريا"));
        watchInput.pipeInput("gone", Watch.of("gone", "العراق"));
        watchInput.pipeInput("gone", (Watch) null);
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        assertThat(enriched.readValue().watches()).containsExactly("syria");
        assertThat(alerts.readValuesToList()).extracting(Alert::watchId).containsExactly("syria");
    }
}
