package dev.rasd.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Alert;
import dev.rasd.contract.DateSource;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.Delivery;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.SpikeFigures;
import dev.rasd.contract.SpikeRule;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.enrich.digest.Digest;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.watch.SilentFeedWatch;
import dev.rasd.enrich.watch.WatchMatch;
import dev.rasd.enrich.watch.WatchRegistry;
import dev.rasd.stack.junit.ManualClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
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
    /** The hour the spike tests check; the clock stands 20 minutes into it. */
    private static final Instant HOUR = Instant.parse("2026-12-07T10:00:00Z");
    /** Digest time starts at 08:00 in Riyadh; the digest tests set the clock to it, then move it. */
    private static final Instant DIGEST_START = Instant.parse("2026-03-10T05:00:00Z");
    private static String seedText;
    private static String seedTitle;
    private static ArticleEnricher enricher;
    private static WatchRegistry watches;

    private TopologyTestDriver driver;
    private ManualClock clock;
    private TestInputTopic<String, FeedStatus> feedStatus;
    private TestInputTopic<String, byte[]> raw;
    private TestInputTopic<String, Watch> watchInput;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Alert> alerts;
    private TestInputTopic<String, byte[]> backfill;
    private TestOutputTopic<String, byte[]> storyRequests;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private TestOutputTopic<String, Digest> digests;

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
        clock = new ManualClock(HOUR.plus(Duration.ofMinutes(20)));
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher, fresh,
                new EnrichTopology.Limits(Duration.ofDays(30), Duration.ofHours(6), 100_000),
                new EnrichTopology.Timing(clock, Duration.ofSeconds(30)), new SimpleMeterRegistry()), properties());
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
        backfill = driver.createInputTopic(TOPICS.backfill(), Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        storyRequests = driver.createOutputTopic("enrich-test-story-requests-repartition",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), Serdes.String().deserializer(),
                JsonSerde.of(DeadLetter.class));
        digests = driver.createOutputTopic(TOPICS.digests(), Serdes.String().deserializer(),
                JsonSerde.of(Digest.class));
        feedStatus = driver.createInputTopic(TOPICS.feedStatus(), Serdes.String().serializer(),
                JsonSerde.of(FeedStatus.class));
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

    /**
     * Article {@code n} of a story of its own that names داعش, published at {@code publishedAt}: one sentence no
     * other article shares.
     */
    private void sendStory(int n, Instant publishedAt) {
        String text = "قال مسؤول أمني إن تنظيم داعش نفذ الهجوم رقم " + n + " في ضواحي المدينة صباح اليوم.";
        send(new RawArticle(SchemaVersion.CURRENT, "s" + n, "https://agency.test/s" + n, "https://agency.test/s" + n,
                "agency", "agency", "هجوم رقم " + n, null, text, null, publishedAt, clock.instant(), clock.instant(),
                null, List.of(), "h" + n, Extraction.JSON_LD, "ar", DateSource.FEED));
    }

    /** A spike watch of the default rule, watching since long before the history the tests send. */
    private void addSpikeWatch(String id, String query) {
        watchInput.pipeInput(id, new Watch(SchemaVersion.CURRENT, id, id, query, List.of(), null, true,
                HOUR.minus(Duration.ofDays(30)), null, SpikeRule.DEFAULT));
    }

    /** One story a day at 10:05 on each of the 14 days before {@link #HOUR}: a baseline of 1 for the hour. */
    private void sendOneStoryADayAtTheHourForTwoWeeks() {
        for (int day = 1; day <= 14; day++) {
            sendStory(100 + day, HOUR.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(5)));
        }
    }

    private List<Alert> spikes() {
        return alerts.readValuesToList().stream().filter(a -> a.kind() == Alert.Kind.SPIKE).toList();
    }

    /** What {@code rasd watch add --backfill} sends for an indexed article of {@code storyId} that {@code watchId} matched. */
    private void backfill(String articleId, String storyId, String watchId) {
        StoryRequest request = StoryRequest.backfill(articleId, 0, storyId,
                new WatchMatch(watchId, List.of("داعش"), "«داعش»"),
                new AlertedArticle("https://indexed.test/" + articleId, seedTitle, "indexed", "ar",
                        Instant.parse("2021-02-20T10:00:00Z"), Instant.parse("2021-02-20T10:01:00Z")));
        backfill.pipeInput(articleId, JsonSerde.of(StoryRequest.class).serialize(null, request));
    }

    @Test
    void anArticleLeavesOnceWithItsStoryLanguageEntitiesAndWatches() {
        watchInput.pipeInput("coalition", Watch.of("coalition", "تحالف AND داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        var record = enriched.readRecord();
        EnrichedArticle out = record.value();
        assertThat(record.key()).isEqualTo("a1");
        assertThat(out.language()).isEqualTo("ar");
        assertThat(out.languageConfidence()).isGreaterThan(0.5);
        assertThat(out.storyId()).as("the first article of a story names it").isEqualTo("a1");
        assertThat(out.revision()).isZero();
        assertThat(out.watches()).containsExactly("coalition");
        assertThat(out.canonicalNames(EntityType.ORG)).contains("داعش", "التحالف الدولي");
        assertThat(out.canonicalNames(EntityType.LOC)).contains("سوريا", "العراق");
        assertThat(out.entities()).allSatisfy(e -> assertThat(
                (e.field().equals("title") ? out.title() : out.text()).substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(enriched.isEmpty()).isTrue();
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
        assertThat(request.article()).isEqualTo(AlertedArticle.of(article));
        assertThat(request.isBackfill()).isFalse();
        String json = new String(value, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"text\"", "\"entities\"", "\"summary\"");
        assertThat(value.length).isLessThan(JsonSerde.of(EnrichedArticle.class).serialize(null, article).length / 4);
        assertThat(storyRequests.isEmpty()).isTrue();
    }

    @Test
    void aReDeliveryIsDroppedAndEachRevisionLeavesOnceInOrderWithTheStoryOfItsArticleAndNoNewAlert() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle + " (محدث)", seedText + " وأضاف.", "h2"));
        send(article("a1", "alarabiya", seedTitle + " (محدث مرة أخرى)", seedText + " وأضاف أيضا.", "h3"));
        assertThat(storyRequests.readValuesToList()).hasSize(3);
        assertThat(enriched.readValuesToList())
                .as("both revisions wait in the join when a newer story comes: only the pair of one revision leaves")
                .extracting(EnrichedArticle::revision, EnrichedArticle::storyId, EnrichedArticle::title)
                .containsExactly(Tuple.tuple(0, "a1", seedTitle), Tuple.tuple(1, "a1", seedTitle + " (محدث)"),
                        Tuple.tuple(2, "a1", seedTitle + " (محدث مرة أخرى)"));
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void aRevisionThatNoLongerSharesItsSentencesStillKeepsTheStoryOfItsArticle() {
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        send(article("b7", "agency", "عنوان آخر", "نص مختلف تماما عن النص الأول في كل جملة من جمله الطويلة.", "h10"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id, EnrichedArticle::storyId)
                .containsExactly(Tuple.tuple("a1", "a1"), Tuple.tuple("b7", "a1"), Tuple.tuple("b7", "a1"));
    }

    @Test
    void aSyndicatedCopyOnAnotherFeedJoinsTheStoryAndUpdatesItsAlertInsteadOfRaisingAnother() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::id).containsExactly("a1", "b7");
        assertThat(out.get(1).watches()).containsExactly("isis");
        assertThat(out.get(1).revision()).as("another id is a new article, not a revision").isZero();
        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("a1", "a1");
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::articleId, Alert::kind)
                .containsExactly(Tuple.tuple("isis:a1", "a1", Alert.Kind.NEW),
                        Tuple.tuple("isis:a1", "a1", Alert.Kind.FOLLOW_UP));
    }

    @Test
    void aBackfillMatchRaisesOneAlertPerStoryThroughTheStoryStepAndWritesNoArticle() {
        backfill("x1", "s1", "isis");
        backfill("x2", "s1", "isis");
        backfill("x1", "s1", "isis");
        backfill("y1", "s2", "isis");
        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).extracting(Alert::id, Alert::articleId)
                .containsExactly(Tuple.tuple("isis:s1", "x1"), Tuple.tuple("isis:s2", "y1"));
        assertThat(raised.getFirst()).satisfies(alert -> {
            assertThat(alert.url()).isEqualTo("https://indexed.test/x1");
            assertThat(alert.title()).isEqualTo(seedTitle);
            assertThat(alert.source()).isEqualTo("indexed");
            assertThat(alert.language()).isEqualTo("ar");
            assertThat(alert.publishedAt()).isEqualTo(Instant.parse("2021-02-20T10:00:00Z"));
            assertThat(alert.fetchedAt()).isEqualTo(Instant.parse("2021-02-20T10:01:00Z"));
            assertThat(alert.matchedTerms()).containsExactly("داعش");
            assertThat(alert.snippet()).isEqualTo("«داعش»");
            assertThat(alert.detectedAt()).isNotNull();
        });
        assertThat(enriched.isEmpty()).as("a backfilled article is indexed already").isTrue();
    }

    @Test
    void aStoryAlertedByABackfillIsNotAlertedAgainByTheStream() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        backfill("old", "a1", "isis");
        assertThat(alerts.readValuesToList()).extracting(Alert::id).containsExactly("isis:a1");

        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));

        assertThat(enriched.readValue().storyId()).isEqualTo("a1");
        assertThat(alerts.readValuesToList()).as("the backfill already alerted for this story").isEmpty();
    }

    @Test
    void aStoryAlertedByTheStreamIsNotAlertedAgainByABackfill() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::kind)
                .containsExactly(Tuple.tuple("isis:a1", Alert.Kind.NEW), Tuple.tuple("isis:a1", Alert.Kind.FOLLOW_UP));

        backfill("a1", "a1", "isis");
        backfill("b7", "a1", "isis");

        assertThat(alerts.readValuesToList()).isEmpty();
    }

    @Test
    void aBackfillOfAnArticleTheStoryStepKnowsAlertsUnderTheStoryItKnows() {
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, "دبي - وكالات: " + seedText + " (رويترز)", "h9"));
        backfill("b7", "b7", "isis"); // indexed before its story was known, say
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::storyId)
                .containsExactly(Tuple.tuple("isis:a1", "a1"));
    }

    @Test
    void aBackfillRecordThatIsNotARequestGoesToTheDeadLetterTopic() {
        backfill.pipeInput("junk", "{not json".getBytes(StandardCharsets.UTF_8));
        backfill.pipeInput("live", JsonSerde.of(StoryRequest.class).serialize(null, new StoryRequest("live", 0,
                List.of(1L), List.of(new WatchMatch("isis", List.of("داعش"), "«داعش»")), null, null)));
        backfill("x1", "s1", "isis");
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).extracting(DeadLetter::key).containsExactly("junk", "live");
        assertThat(letters).allSatisfy(letter -> assertThat(letter.topic()).isEqualTo(TOPICS.backfill()));
        assertThat(letters.get(1).reason()).startsWith("not a backfill request");
        assertThat(alerts.readValuesToList()).extracting(Alert::id).containsExactly("isis:s1");
    }

    @Test
    void anUnrelatedArticleStartsItsOwnStoryAndAlertsForItself() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("c3", "aljazeera", "داعش في خبر آخر",
                "قال مسؤولون إن تنظيم داعش أعلن مسؤوليته عن هجوم جديد في مدينة بعيدة اليوم. "
                        + "وأضاف المسؤولون أن التحقيقات ما زالت جارية لمعرفة تفاصيل الهجوم كاملة.", "h3"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::storyId).containsExactly("a1", "c3");
        assertThat(alerts.readValuesToList()).extracting(Alert::id).containsExactly("isis:a1", "isis:c3");
    }

    @Test
    void pastTheRetentionWindowAnArticleIsForgottenAndItsReDeliveryIsANewArticleAgain() {
        driver.close();
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher, watches,
                new EnrichTopology.Limits(Duration.ofMinutes(30), Duration.ofHours(6), 100_000),
                new EnrichTopology.Timing(clock, Duration.ofSeconds(30)),
                new SimpleMeterRegistry()), properties());
        createTopics();
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        driver.advanceWallClockTime(Duration.ofHours(2)); // the hourly sweep forgets what is older than 30 min
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::revision, EnrichedArticle::storyId)
                .containsExactly(Tuple.tuple(0, "a1"), Tuple.tuple(0, "a1"));
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

    private String copy(String source) {
        return source + " - وكالات: " + seedText + " (" + source + ")";
    }

    @Test
    void aThirdOutletsCopyUpdatesTheAlertWithThreeOutletsAndARevisionOrASameOutletCopyDoesNot() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        Alert raised = alerts.readValue();
        assertThat(raised.kind()).isEqualTo(Alert.Kind.NEW);
        assertThat(raised.outlets()).isEqualTo(1);
        assertThat(raised.lastSeenAt()).isEqualTo(raised.detectedAt());

        send(article("b7", "agency", "وكالات: " + seedTitle, copy("دبي"), "h9"));
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::kind, Alert::outlets)
                .containsExactly(Tuple.tuple("isis:a1", Alert.Kind.FOLLOW_UP, 2));

        send(article("a1", "alarabiya", seedTitle + " (محدث)", seedText + " وأضاف.", "h2"));
        send(article("c2", "agency", "وكالات أخرى: " + seedTitle, copy("القاهرة"), "h10"));
        backfill("x9", "a1", "isis");
        assertThat(alerts.readValuesToList()).as("a revision, a same-outlet copy and a backfill add no outlet")
                .isEmpty();

        send(article("d4", "aljazeera", seedTitle, copy("الدوحة"), "h11"));
        Alert third = alerts.readValue();
        assertThat(third.id()).isEqualTo(raised.id());
        assertThat(third.kind()).isEqualTo(Alert.Kind.FOLLOW_UP);
        assertThat(third.outlets()).isEqualTo(3);
        assertThat(third.lastSeenAt()).isAfterOrEqualTo(raised.lastSeenAt());
        assertThat(third).as("every other field is the first alert's")
                .usingRecursiveComparison().ignoringFields("kind", "outlets", "lastSeenAt").isEqualTo(raised);
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::storyId).containsOnly("a1");
    }

    @Test
    void aWatchThatFirstMatchesAStoryAlreadyCarriedByTwoOutletsAlertsWithTwo() {
        watchInput.pipeInput("agencies", Watch.of("agencies", "title:وكالات"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, copy("دبي"), "h9"));
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::kind, Alert::outlets)
                .containsExactly(Tuple.tuple("agencies:a1", Alert.Kind.NEW, 2));
    }

    @Test
    void aDailyWatchGetsOneDigestPerPeriodGroupedByStoryEmittedOnceWhenThePeriodIsOver() {
        clock.set(DIGEST_START);
        watchInput.pipeInput("isis", new Watch(SchemaVersion.CURRENT, "isis", "isis", "داعش", List.of(), null, true,
                Instant.now(), new Delivery(Delivery.Mode.DAILY, LocalTime.of(9, 0), "Asia/Riyadh",
                        List.of("analyst@rasd.test"), 0), null));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        send(article("b7", "agency", "وكالات: " + seedTitle, copy("دبي"), "h9"));
        send(article("c3", "alarabiya", "هجوم لداعش في العراق",
                "قال مسؤولون عراقيون إن مسلحين من تنظيم داعش هاجموا نقطة تفتيش في محافظة ديالى شمال شرقي بغداد. "
                        + "وأضاف المسؤولون أن التحقيقات ما زالت جارية لمعرفة تفاصيل الهجوم كاملة.", "h3"));
        assertThat(alerts.readValuesToList()).extracting(Alert::id, Alert::outlets)
                .containsExactly(Tuple.tuple("isis:a1", 1), Tuple.tuple("isis:a1", 2), Tuple.tuple("isis:c3", 1));

        driver.advanceWallClockTime(Duration.ofSeconds(30));
        assertThat(digests.isEmpty()).as("08:00 in Riyadh: the day runs until 09:00").isTrue();

        clock.advance(Duration.ofMinutes(59)); // 08:59: an alert still of this period
        send(article("d4", "aljazeera", seedTitle, copy("الدوحة"), "h11"));
        clock.advance(Duration.ofMinutes(1)); // 09:00
        driver.advanceWallClockTime(Duration.ofSeconds(30));

        List<Digest> emitted = digests.readValuesToList();
        assertThat(emitted).singleElement().satisfies(digest -> {
            assertThat(digest.watchId()).isEqualTo("isis");
            assertThat(digest.periodStart()).isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));
            assertThat(digest.periodEnd()).isEqualTo(Instant.parse("2026-03-10T06:00:00Z"));
            assertThat(digest.alerts()).as("one per story, the latest copy")
                    .extracting(Alert::storyId, Alert::outlets)
                    .containsExactly(Tuple.tuple("a1", 3), Tuple.tuple("c3", 1));
        });

        driver.advanceWallClockTime(Duration.ofSeconds(30));
        clock.advance(Duration.ofHours(1));
        driver.advanceWallClockTime(Duration.ofSeconds(30));
        assertThat(digests.isEmpty()).as("emitted once").isTrue();

        send(article("e5", "bbc", seedTitle, copy("لندن"), "h12"));
        clock.advance(Duration.ofDays(1));
        driver.advanceWallClockTime(Duration.ofSeconds(30));
        assertThat(digests.readValuesToList()).as("the next day's digest has the follow-up of the day")
                .singleElement().satisfies(digest -> {
                    assertThat(digest.periodEnd()).isEqualTo(Instant.parse("2026-03-11T06:00:00Z"));
                    assertThat(digest.alerts()).extracting(Alert::storyId, Alert::outlets)
                            .containsExactly(Tuple.tuple("a1", 4));
                });
    }

    @Test
    void anImmediateWatchHasNoDigest() {
        clock.set(DIGEST_START);
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        clock.advance(Duration.ofDays(2));
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        assertThat(alerts.readValuesToList()).hasSize(1);
        assertThat(digests.isEmpty()).isTrue();
    }

    @Test
    void aBurstOfStoriesOfAnEntityWatchRaisesOneSpikeAlertPerHourWithItsFigures() {
        addSpikeWatch("isis-spike", "org:داعش");
        sendOneStoryADayAtTheHourForTwoWeeks();
        assertThat(alerts.readValuesToList()).as("every story still raises its own new-story alert, for the index")
                .hasSize(14).allMatch(a -> a.kind() == Alert.Kind.NEW);

        for (int n = 1; n <= 6; n++) {
            sendStory(n, HOUR.plus(Duration.ofMinutes(n)));
        }

        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).filteredOn(a -> a.kind() == Alert.Kind.NEW).hasSize(6);
        Alert spike = raised.stream().filter(a -> a.kind() == Alert.Kind.SPIKE).findFirst().orElseThrow();
        assertThat(raised).filteredOn(a -> a.kind() == Alert.Kind.SPIKE).as("once for the hour").hasSize(1);
        assertThat(spike.id()).isEqualTo("isis-spike:spike:2026-12-07T10");
        assertThat(spike.watchId()).isEqualTo("isis-spike");
        assertThat(spike.spike()).as("the fourth story is more than 3 × the baseline of 1")
                .isEqualTo(new SpikeFigures(HOUR, 4, 1.0, List.of("s1", "s2", "s3", "s4")));
        assertThat(spike.title()).isEqualTo("هجوم رقم 1");
        assertThat(spike.snippet()).startsWith("4 stories in the hour from 2026-12-07 10:00 UTC, usually 1.0; first: ")
                .contains("«داعش»");
        assertThat(spike.detectedAt()).isEqualTo(clock.instant());
    }

    @Test
    void storiesAtTheUsualRateRaiseNoSpike() {
        addSpikeWatch("isis-spike", "داعش");
        sendOneStoryADayAtTheHourForTwoWeeks();
        sendStory(1, HOUR.plus(Duration.ofMinutes(1)));
        sendStory(2, HOUR.plus(Duration.ofMinutes(2)));
        sendStory(3, HOUR.plus(Duration.ofMinutes(3)));
        assertThat(spikes()).as("3 is not more than 3 × 1").isEmpty();
    }

    @Test
    void theNextHourCanRaiseItsOwnSpike() {
        addSpikeWatch("isis-spike", "داعش");
        sendOneStoryADayAtTheHourForTwoWeeks();
        for (int n = 1; n <= 4; n++) {
            sendStory(n, HOUR.plus(Duration.ofMinutes(n)));
        }
        clock.advance(Duration.ofHours(1));
        for (int n = 5; n <= 8; n++) {
            sendStory(n, HOUR.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(n)));
        }
        assertThat(spikes()).extracting(Alert::id, a -> a.spike().baseline())
                .containsExactly(Tuple.tuple("isis-spike:spike:2026-12-07T10", 1.0),
                        Tuple.tuple("isis-spike:spike:2026-12-07T11", 0.0));
    }

    @Test
    void backfilledStoriesCountAsHistoryButRaiseNoSpikeThemselves() {
        addSpikeWatch("isis-spike", "داعش");
        for (int n = 1; n <= 6; n++) {
            backfill("x" + n, "story-" + n, "isis-spike");
        }
        assertThat(spikes()).as("backfilled stories, even of a quiet past, are history").isEmpty();
    }

    @Test
    void aWatchWithoutSpikeRuleRaisesNoSpikeOnABurst() {
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        for (int n = 1; n <= 6; n++) {
            sendStory(n, HOUR.plus(Duration.ofMinutes(n)));
        }
        assertThat(spikes()).isEmpty();
    }

    @Test
    void anOperatorWatchOfSilentFeedsMatchesNoArticle() {
        watchInput.pipeInput("ops", Watch.of("ops", SilentFeedWatch.QUERY));
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        send(article("a1", "alarabiya", seedTitle, seedText, "h1"));
        assertThat(alerts.readValuesToList()).extracting(Alert::watchId).containsExactly("isis");
    }

    @Test
    void aFeedThatBecomesSilentRaisesOneAlertPerEpisodeForEveryOperatorWatch() {
        watchInput.pipeInput("ops", Watch.of("ops", SilentFeedWatch.QUERY));
        watchInput.pipeInput("night-desk", Watch.of("night-desk", SilentFeedWatch.QUERY));
        watchInput.pipeInput("isis", Watch.of("isis", "داعش"));
        Instant lastItem = Instant.parse("2026-12-07T04:00:00Z");
        feedStatus.pipeInput("petra", status("petra", FeedState.OK, lastItem));
        feedStatus.pipeInput("petra", status("petra", FeedState.SILENT, lastItem));
        feedStatus.pipeInput("petra", status("petra", FeedState.SILENT, lastItem));
        feedStatus.pipeInput("petra", status("petra", FeedState.OK, HOUR));
        feedStatus.pipeInput("petra", status("petra", FeedState.SILENT, HOUR));
        feedStatus.pipeInput("ahram", status("ahram", FeedState.SILENT, lastItem));

        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).extracting(Alert::id).containsExactlyInAnyOrder(
                "ops:silent:petra:2026-12-07T04:00:00Z", "night-desk:silent:petra:2026-12-07T04:00:00Z",
                "ops:silent:petra:2026-12-07T10:00:00Z", "night-desk:silent:petra:2026-12-07T10:00:00Z",
                "ops:silent:ahram:2026-12-07T04:00:00Z", "night-desk:silent:ahram:2026-12-07T04:00:00Z");
        assertThat(raised).filteredOn(alert -> alert.id().equals("ops:silent:petra:2026-12-07T04:00:00Z"))
                .singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.Kind.SILENT_FEED);
            assertThat(alert.watchId()).isEqualTo("ops");
            assertThat(alert.title()).isEqualTo("feed petra is silent");
            assertThat(alert.source()).isEqualTo("petra");
            assertThat(alert.url()).isEqualTo("https://petra.test/rss");
            assertThat(alert.snippet())
                    .isEqualTo("feed petra has published nothing since 2026-12-07T04:00:00Z; its usual gap is 1h30m");
            assertThat(alert.detectedAt()).isEqualTo(clock.instant());
        });
    }

    private static FeedStatus status(String feedId, FeedState state, Instant lastPublishedAt) {
        return FeedStatus.of(feedId, "https://" + feedId + ".test/rss", state, 200, null, 0, HOUR, HOUR,
                HOUR.plus(Duration.ofMinutes(5)), 20, 0, null, lastPublishedAt, 5400L);
    }
}
