package dev.rasd.bench.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.Json;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.index.ElasticsearchClients;
import dev.rasd.index.IndexConfig;
import dev.rasd.index.IndexService;
import dev.rasd.index.document.DocumentMapper;
import dev.rasd.index.document.IndexOperation;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import dev.rasd.index.template.TemplateInstaller;
import dev.rasd.stack.Ports;
import dev.rasd.stack.RasdStack;
import dev.rasd.stack.StackConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Articles per second through index-service (Kafka → consumer → BulkIngester → Elasticsearch) against a plain
 * sequential {@code _bulk} loader writing the very same articles (same JSON, ids, mapping, 1000 per request) into
 * the same embedded Elasticsearch. index-service gets them as enrich-service writes them, complete with their story,
 * and writes each with one versioned {@code index}, where the plain loader makes one unversioned {@code index}.
 *
 * <p>Run from the repository root (the build copies the plugin zip to {@code bench/target/es-plugins}):
 * <pre>
 * ./mvnw -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp bench/target/classes:$(cat bench/target/bench.cp) dev.rasd.bench.index.IndexThroughputBenchmark 20000
 * </pre>
 * The records are in Kafka before index-service starts, so both sides only index. index-service's rate is taken
 * from its first acknowledged document to its last ("steady") and from {@code start()} ("with start-up": template
 * install and the consumer group join). After a warm-up load, the two are measured alternately, twice each. An
 * article counts as done when Elasticsearch acknowledged it.
 */
public final class IndexThroughputBenchmark {

    private static final int BULK = 1000;
    private static final Instant PUBLISHED = Instant.parse("2026-11-03T10:00:00Z");
    private static final String[] WORDS = ("قال وزير الخارجية إن المفاوضات بين الأطراف الليبية ستستأنف الأسبوع المقبل في "
            + "القاهرة بحضور ممثلين عن الأمم المتحدة والجامعة العربية وأكد أن الحكومة ملتزمة بوقف إطلاق النار "
            + "في طرابلس وبنغازي ومصراتة وأشار المتحدث إلى أن الاقتصاد يعاني من ارتفاع الأسعار وتراجع إنتاج النفط "
            + "بينما دعت المعارضة إلى انتخابات مبكرة والتحالف الدولي يراقب الوضع عن كثب").split(" ");

    private IndexThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        // by default the zip the build copied next to target/classes, wherever the command runs from
        Path plugin = args.length > 1 ? Path.of(args[1])
                : Path.of(IndexThroughputBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .resolveSibling("es-plugins").resolve("rasd-elasticsearch-plugin.zip");
        if (!Files.isRegularFile(plugin)) {
            throw new IllegalArgumentException("no Elasticsearch plugin zip at " + plugin.toAbsolutePath()
                    + ": run `./mvnw -pl bench -am compile` first, or pass its path as the second argument");
        }
        Path dataDir = Files.createTempDirectory("rasd-index-bench");
        // Elasticsearch runs as an unprivileged user when this runs as root: it must be able to enter the directory
        dataDir.toFile().setExecutable(true, false);
        dataDir.toFile().setReadable(true, false);
        StackConfig stackConfig = new StackConfig(dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                "1g", "rasd-es", List.of(plugin.toAbsolutePath()), Topics.withPrefix("bench0"), 3);
        try (RasdStack stack = RasdStack.start(stackConfig, reason -> System.err.println("Elasticsearch died: " + reason));
                ElasticsearchClient client = ElasticsearchClients.create(
                        IndexConfig.fromEnv(Map.of()).withElasticsearchUrls(List.of(stack.elasticsearch().url())))) {
            List<EnrichedArticle> articles = articles(documents);
            long bytes = articles.stream().mapToLong(a -> Json.write(a).length()).sum();
            System.out.printf("%d articles, %.1f kB of JSON on average%n", documents, bytes / 1024.0 / documents);

            plainBulk(stack, client, "warmup", articles.subList(0, Math.min(5000, documents)));
            List<Double> plainRates = new ArrayList<>();
            List<Double> serviceRates = new ArrayList<>();
            for (int round = 1; round <= 2; round++) {
                plainRates.add(plainBulk(stack, client, "plain" + round, articles));
                serviceRates.add(throughService(stack, "svc" + round, articles));
            }
            double plain = plainRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double service = serviceRates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            System.out.printf("plain _bulk: %.0f articles/s, index-service (steady): %.0f articles/s, ratio %.2f%n",
                    plain, service, service / plain);
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Loads {@code articles} with sequential {@code _bulk} requests; returns documents per second. */
    private static double plainBulk(RasdStack stack, ElasticsearchClient client, String prefix,
            List<EnrichedArticle> articles) throws Exception {
        IndexNames names = new IndexNames(prefix);
        new TemplateInstaller(client, new IndexTemplates(names, "rasd_arabic"), Clock.systemUTC()).install();
        DocumentMapper mapper = new DocumentMapper(Topics.withPrefix(prefix), names, Clock.systemUTC());
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += BULK) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (EnrichedArticle article : articles.subList(from, Math.min(from + BULK, articles.size()))) {
                IndexOperation op = mapper.map(Topics.withPrefix(prefix).articlesEnriched(), Json.mapper()
                        .writeValueAsBytes(article));
                body.writeBytes(("{\"index\":{\"_index\":\"" + op.index() + "\",\"_id\":\"" + op.id()
                        + "\",\"version\":" + article.revision() + ",\"version_type\":\"external_gte\"}}\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(op.source());
                body.write('\n');
            }
            bodies.add(body.toByteArray());
        }
        HttpClient http = HttpClient.newHttpClient();
        URI bulk = stack.elasticsearch().url().resolve("/_bulk");
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(bulk)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || Json.mapper().readTree(response.body()).path("errors").asBoolean()) {
                throw new IOException("bulk failed: " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = articles.size() / seconds;
        System.out.printf("plain _bulk    %-7s %6d docs in %6.2f s = %6.0f docs/s%n", prefix, articles.size(), seconds,
                rate);
        return rate;
    }

    /**
     * Puts {@code articles} in Kafka, then lets index-service index them; returns its steady articles per second.
     */
    private static double throughService(RasdStack stack, String prefix, List<EnrichedArticle> articles)
            throws Exception {
        Topics topics = Topics.withPrefix(prefix);
        stack.kafka().createTopics(topics, 3);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(topics.articlesEnriched(), article.id(),
                        Json.mapper().writeValueAsBytes(article)));
            }
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IndexConfig config = IndexConfig.fromEnv(Map.of(
                "RASD_KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers(),
                "RASD_ES_URL", stack.elasticsearch().url().toString(),
                "RASD_ES_INDEX_PREFIX", prefix,
                "RASD_TOPIC_PREFIX", prefix));
        try (IndexService service = new IndexService(config, registry)) {
            long start = System.nanoTime();
            service.start();
            long first = 0;
            long finishedAtFirst = 0;
            long records = articles.size();
            long finished;
            while ((finished = service.health().indexed()) < records) {
                if (first == 0 && service.health().indexed() > 0) {
                    first = System.nanoTime();
                    finishedAtFirst = finished;
                }
                if (!service.health().running()) {
                    throw new IllegalStateException("index-service stopped: " + service.health().describe());
                }
                Thread.sleep(5);
            }
            long end = System.nanoTime();
            double steady = (records - finishedAtFirst) / ((end - first) / 1e9);
            double withStartUp = articles.size() / ((end - start) / 1e9);
            System.out.printf("index-service  %-7s %6d articles in %6.2f s = %6.0f articles/s with start-up, %6.0f"
                    + " steady%n", prefix, articles.size(), (end - start) / 1e9, withStartUp, steady);
            return steady;
        }
    }

    /**
     * Synthetic Arabic articles of about 300 words with five entity mentions each, with their story, reproducible
     * (fixed seed).
     */
    private static List<EnrichedArticle> articles(int count) {
        Random random = new Random(42);
        List<EnrichedArticle> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 25 == 24 ? ".\n\n" : " ");
            }
            List<EntityMention> entities = List.of(
                    new EntityMention("القاهرة", "القاهرة", EntityType.LOC, "text", 0, 7),
                    new EntityMention("طرابلس", "طرابلس", EntityType.LOC, "text", 10, 16),
                    new EntityMention("الأمم المتحدة", "الامم المتحده", EntityType.ORG, "text", 20, 33),
                    new EntityMention("حفتر", "حفتر", EntityType.PER, "title", 0, 4),
                    new EntityMention("الدبيبة", "الدبيبة", EntityType.PER, "text", 40, 47));
            String id = "b" + n;
            String url = "https://example.test/" + id;
            Instant fetched = PUBLISHED.plusSeconds(n + 60);
            articles.add(new EnrichedArticle(SchemaVersion.CURRENT, id, url, url, "aljazeera", "الجزيرة",
                    "حفتر والدبيبة في محادثات " + n, null, text.toString(), null, PUBLISHED.plusSeconds(n), fetched,
                    fetched, null, List.of("سياسة"), "hash-" + id + "-0", Extraction.JSON_LD, "ar", 0.98, entities,
                    "story-" + id, 0, List.of(), fetched.plusSeconds(1)));
        }
        return articles;
    }
}
