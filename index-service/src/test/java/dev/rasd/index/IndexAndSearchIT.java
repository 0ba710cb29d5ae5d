package dev.rasd.index;

import static dev.rasd.index.ItSupport.await;
import static dev.rasd.index.ItSupport.count;
import static dev.rasd.index.ItSupport.countQuietly;
import static dev.rasd.index.ItSupport.json;
import static dev.rasd.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.rasd.contract.Alert;
import dev.rasd.contract.DeadLetter;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.index.search.Search;
import dev.rasd.index.search.SearchHit;
import dev.rasd.index.template.IndexNames;
import dev.rasd.stack.junit.RasdStackExtension;
import dev.rasd.stack.junit.TestStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Articles, alerts and feed statuses through the real Kafka and Elasticsearch, searched with the Arabic analyzer. */
@ExtendWith(RasdStackExtension.class)
class IndexAndSearchIT {

    private static final Instant PUBLISHED = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void indexesSearchesAggregatesAndDeadLetters(TestStack stack) throws Exception {
        Topics topics = stack.topics();
        IndexNames names = new IndexNames(stack.indexPrefix());
        String haftarText = "قال المشير خليفة حفتر إن قواته وصلت. وأكد حفتر أن لحفتر حلفاء";
        List<EnrichedArticle> articles = List.of(
                article("alliance", "أعلن قادة والتحالف الدولي عن خطة جديدة", PUBLISHED),
                article("white", "اجتمع القادة في البيت الأبيض صباح اليوم", PUBLISHED),
                article("misrata", "وصلت قافلة المساعدات إلى مصراتة مساء أمس", PUBLISHED),
                article("hezbollah", "صدر بيان لحزب الله مساء أمس", PUBLISHED),
                article("false-friend", "تصرف كحزب اللهو لا كحزب الحكم", PUBLISHED),
                article("haftar", "حفتر يزور بنغازي", haftarText, PUBLISHED, List.of(
                        new EntityMention("حفتر", "حفتر", EntityType.PER, "title", 0, 4),
                        new EntityMention("بنغازي", "بنغازي", EntityType.LOC, "title", 10, 16),
                        new EntityMention("خليفة حفتر", "خليفة حفتر", EntityType.PER, "text", 11, 21),
                        new EntityMention("لحفتر", "حفتر", EntityType.PER, "text", 50, 55))),
                article("cairo", "السيسي في القاهرة", "استقبل السيسي في القاهرة وفدا", PUBLISHED, List.of(
                        new EntityMention("السيسي", "السيسي", EntityType.PER, "text", 7, 13),
                        new EntityMention("القاهرة", "القاهرة", EntityType.LOC, "text", 17, 24))));
        // a publisher date that could not be parsed: only the fetch and first-seen times
        EnrichedArticle undated = new EnrichedArticle(SchemaVersion.CURRENT, "undated", "https://example.test/undated",
                null, "aljazeera", "الجزيرة", "خبر بلا تاريخ", null, "ضرب الزلزال المدينة", null, null, PUBLISHED,
                PUBLISHED, null, null, null, null, "ar", 1, null, "story-undated", 0, null, PUBLISHED);
        EnrichedArticle hugeUrl = new EnrichedArticle(SchemaVersion.CURRENT, "huge-url",
                "https://example.test/" + "x".repeat(40_000), null, "f", "s", "t", null, "نص", null, PUBLISHED, null,
                PUBLISHED, null, null, null, null, "ar", 1, null, "story", 0, null, PUBLISHED);
        Alert alert = new Alert(SchemaVersion.CURRENT, Alert.idOf("libya", "story-haftar"), "libya", "haftar",
                "story-haftar", "https://example.test/haftar", "حفتر يزور بنغازي", "الجزيرة", "ar", PUBLISHED,
                PUBLISHED, List.of("حفتر"), "«حفتر» يزور بنغازي", PUBLISHED.plusSeconds(5));
        FeedStatus status = FeedStatus.of("aljazeera", "https://example.test/rss", FeedState.OK, 200, null, 0,
                PUBLISHED, PUBLISHED, PUBLISHED.plusSeconds(300), 20, 5, null, PUBLISHED, 3600L);

        try (KafkaProducer<String, byte[]> producer = ItSupport.producer(stack);
                IndexService service = new IndexService(ItSupport.config(stack), new SimpleMeterRegistry());
                ElasticsearchClient client = ItSupport.client(stack.elasticsearchUrl())) {
            // a month indexed before text fields had their search analyzer
            String oldMonth = names.articles() + "-2000.01";
            client.indices().create(c -> c.index(oldMonth).mappings(m -> m
                    .properties("text", t -> t.text(text -> text.analyzer("rasd_arabic")))));
            Instant startedAt = Instant.now();
            service.start();
            // before any document: this month's indices, in their aliases, with the mapped time field
            await(Duration.ofSeconds(60), "this month's indices", () -> exist(client, names.indicesOf(startedAt)));
            String articlesMonth = names.articlesIndex(startedAt);
            assertThat(count(client, names.articles())).isZero();
            assertThat(client.indices().getMapping(g -> g.index(articlesMonth)).get(articlesMonth).mappings()
                    .properties().get("time").isDate()).isTrue();
            assertThat(client.indices().getAlias(g -> g.name(names.articles())).aliases()).containsKey(articlesMonth);
            assertThat(client.indices().getAlias(g -> g.name(names.alerts())).aliases())
                    .containsKey(names.alertsIndex(startedAt));
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(topics.articlesEnriched(), article.id(), json(article)));
            }
            // a re-delivery of the same article, and two records Elasticsearch cannot take
            producer.send(new ProducerRecord<>(topics.articlesEnriched(), "alliance", json(articles.getFirst())));
            producer.send(new ProducerRecord<>(topics.articlesEnriched(), undated.id(), json(undated)));
            producer.send(new ProducerRecord<>(topics.articlesEnriched(), "broken",
                    "{\"id\": \"broken\", ".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topics.articlesEnriched(), "huge-url", json(hugeUrl)));
            producer.send(new ProducerRecord<>(topics.alerts(), alert.watchId(), json(alert)));
            producer.send(new ProducerRecord<>(topics.feedStatus(), status.feedId(), json(status)));
            producer.flush();

            List<DeadLetter> deadLetters = readDeadLetters(stack, topics, 2);
            await(Duration.ofSeconds(60), "8 articles, 1 alert, 1 feed",
                    () -> countQuietly(client, names.articles()) == 8 && countQuietly(client, names.alerts()) == 1
                            && countQuietly(client, names.feeds()) == 1);

            assertThat(deadLetters).extracting(DeadLetter::key).containsExactlyInAnyOrder("broken", "huge-url");
            assertThat(deadLetters).allSatisfy(d -> assertThat(d.service()).isEqualTo("index-service"));
            assertThat(deadLetters).filteredOn(d -> d.key().equals("broken")).singleElement()
                    .satisfies(d -> assertThat(d.reason()).startsWith("not a valid EnrichedArticle JSON record"));
            assertThat(deadLetters).filteredOn(d -> d.key().equals("huge-url")).singleElement()
                    .satisfies(d -> assertThat(d.reason()).startsWith("elasticsearch rejected the document (400)"));

            Search search = new Search(client, names, Clock.systemUTC());
            assertThat(urlsFound(search, "تحالف")).containsExactly("https://example.test/alliance");
            assertThat(urlsFound(search, "الابيض")).containsExactly("https://example.test/white");
            assertThat(urlsFound(search, "مصر")).isEmpty();
            assertThat(urlsFound(search, "مصراتة")).containsExactly("https://example.test/misrata");
            assertThat(urlsFound(search, "person:حفتر")).containsExactly("https://example.test/haftar");
            // entity fields are analysed like watches: part of a name, with clitics, and phrases
            assertThat(urlsFound(search, "person:خليفة")).containsExactly("https://example.test/haftar");
            assertThat(urlsFound(search, "person:لحفتر")).containsExactly("https://example.test/haftar");
            assertThat(urlsFound(search, "person:\"خليفه حفتر\"")).containsExactly("https://example.test/haftar");
            assertThat(urlsFound(search, "person:بنغازي")).isEmpty();
            assertThat(urlsFound(search, "persons:خليفة")).as("the keyword field stays exact").isEmpty();
            assertThat(search.search("تحالف", Duration.ofMinutes(30), 10)).as("outside --since").isEmpty();
            // a phrase finds its first word with a proclitic, as in watches, and only before the phrase's next word
            assertThat(urlsFound(search, "\"حزب الله\"")).containsExactly("https://example.test/hezbollah");
            assertThat(urlsFound(search, "\"حزب الحكم\"")).containsExactly("https://example.test/false-friend");
            assertThat(client.indices().getMapping(g -> g.index(oldMonth)).get(oldMonth).mappings()
                    .properties().get("text").text().searchAnalyzer())
                    .as("an existing index gets the search analyzer at start-up").isEqualTo("rasd_arabic_query");

            // the undated article is on the data view's timeline, and found by --since, at its fetch time
            SearchResponse<Void> lastHour = client.search(s -> s.index(names.articles())
                    .query(q -> q.range(r -> r.date(d -> d.field("time")
                            .gte(PUBLISHED.minusSeconds(60).toString()).lte(PUBLISHED.plusSeconds(60).toString())))),
                    Void.class);
            assertThat(lastHour.hits().hits()).extracting(h -> h.id()).contains("undated");
            assertThat(urlsFound(search, "زلزال")).containsExactly("https://example.test/undated");

            List<SearchHit> haftar = search.search("حفتر", Duration.ofDays(1), 10);
            assertThat(haftar).singleElement().satisfies(hit -> {
                assertThat(hit.source()).isEqualTo("الجزيرة");
                assertThat(hit.publishedAt()).isEqualTo(PUBLISHED);
                assertThat(hit.matchedEntities()).contains("حفتر");
            });

            SearchResponse<Void> persons = client.search(s -> s.index(names.articles()).size(0)
                    .aggregations("persons", a -> a.terms(t -> t.field("persons"))), Void.class);
            assertThat(persons.aggregations().get("persons").sterms().buckets().array())
                    .extracting(b -> b.key().stringValue(), StringTermsBucket::docCount)
                    .containsExactlyInAnyOrder(
                            tuple("حفتر", 1L),
                            tuple("خليفة حفتر", 1L),
                            tuple("السيسي", 1L));

            assertThat(client.get(g -> g.index(names.feeds()).id("aljazeera"), Map.class).found()).isTrue();
            assertThat(service.health().healthy()).isTrue();
            assertThat(service.health().deadLettered()).isEqualTo(2);
        }
    }

    private static boolean exist(ElasticsearchClient client, List<String> indices) {
        try {
            return client.indices().exists(e -> e.index(indices)).value();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> urlsFound(Search search, String query) throws Exception {
        return search.search(query, Duration.ofDays(1), 10).stream().map(SearchHit::url).toList();
    }

    private static List<DeadLetter> readDeadLetters(TestStack stack, Topics topics, int expected) {
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, topics.deadLetters() + ".reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), JsonSerde.of(DeadLetter.class))) {
            consumer.subscribe(List.of(topics.deadLetters()));
            List<DeadLetter> letters = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DeadLetter> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(record.value());
                }
            }
            return letters;
        }
    }
}
