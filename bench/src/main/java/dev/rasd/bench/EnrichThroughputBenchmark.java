package dev.rasd.bench;

import dev.rasd.contract.Extraction;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.contract.Topics;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.pipeline.ArticleEnricher;
import dev.rasd.enrich.pipeline.EnrichTopology;
import dev.rasd.enrich.watch.WatchRegistry;
import dev.rasd.stack.Ports;
import dev.rasd.stack.kafka.EmbeddedKafka;
import dev.rasd.stack.kafka.TopicCreator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Articles per second through enrich-service's topology (language, entities, 1,000 watches, stories, exactly once)
 * against a pass-through topology (read, write, exactly once) on the same embedded broker, the same records and the
 * same number of threads. Arguments: {@code [articles] [watches] [text bytes]}, default 20000, 1000 and 3000 (the
 * UTF-8 size of an article's text: ~3 KB articles, about 1,650 characters of Arabic). Both topologies commit every
 * 100 ms, enrich-service's default ({@code RASD_ENRICH_COMMIT_INTERVAL}); {@code -Drasd.bench.commitMs=500} measures
 * another interval. To see what the rest of the topology costs, {@code -Drasd.bench.entities=false} leaves entity
 * recognition out and 0 watches leaves watch matching out; {@code -Drasd.bench.threads=1} runs both topologies on one
 * stream thread instead of two, to see how the rate scales with threads.
 *
 * <p>Both topologies run twice over the same records and the second round counts ({@code -Drasd.bench.warmUps=N}
 * runs N rounds before the counted one): a service runs for days, and in a first round the JIT compiler alone takes
 * a core. Rates are taken after the first quarter of a round; the CPU time per article over the same span says what
 * an article costs independently of other load on the machine, and its split by thread group (stream threads, their
 * producers' I/O threads, the broker) says where it goes.
 */
public final class EnrichThroughputBenchmark {

    /** Partitions of every topic, as {@code rasd up} creates them. */
    private static final int PARTITIONS = TopicCreator.DEFAULT_PARTITIONS;
    private static final int WARM_UP_ROUNDS = Integer.getInteger("rasd.bench.warmUps", 1);
    private static final int STREAM_THREADS = Integer.getInteger("rasd.bench.threads", 2);
    private static final int COMMIT_INTERVAL_MS = Integer.getInteger("rasd.bench.commitMs", 100);
    private static final boolean ENTITIES = Boolean.parseBoolean(System.getProperty("rasd.bench.entities", "true"));

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int watchCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int textBytes = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        Path dir = Files.createTempDirectory("rasd-bench");
        BenchCorpus corpus = BenchCorpus.load();
        Random random = new Random(42);
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), Ports.free(), Ports.free())) {
            Topics input = Topics.withPrefix("bench");
            kafka.createTopics(input, PARTITIONS);
            long bytes = produce(kafka.bootstrapServers(), input.articlesRaw(), articles, corpus, random, textBytes);
            System.out.printf("%d articles from %s, text %d bytes of UTF-8, record %.1f KB on average, %d watches,"
                    + " %d stream threads, entity recognition %s%n", articles, corpus.source(), textBytes,
                    bytes / 1024.0 / articles, watchCount, STREAM_THREADS, ENTITIES ? "on" : "OFF");

            WatchRegistry watches = new WatchRegistry();
            watches.putAll(BenchWatches.of(watchCount, corpus, random));
            ArticleEnricher enricher = new ArticleEnricher(new LanguageDetector(),
                    ENTITIES ? EntityRecognizer.shipped()::recognize : (field, text) -> List.of(), watches::matcher);
            double passRate = 0;
            double enrichRate = 0;
            // the first rounds warm the JIT up (the embedded broker, Kafka Streams and enrichment are some 20,000
            // methods to compile, which kept a core busy for a minute); the last round is the measurement
            List<String> rounds = new ArrayList<>();
            for (int warmUp = 1; warmUp <= WARM_UP_ROUNDS; warmUp++) {
                rounds.add("warm-up-" + warmUp);
            }
            rounds.add("measured");
            for (String round : rounds) {
                Topics passTopics = Topics.withPrefix("pass-" + round);
                kafka.createTopics(passTopics, PARTITIONS);
                StreamsBuilder pass = new StreamsBuilder();
                pass.stream(input.articlesRaw(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                        .to(passTopics.articlesEnriched(), Produced.with(Serdes.String(), Serdes.ByteArray()));
                passRate = run("pass-through-" + round, pass.build(), kafka.bootstrapServers(),
                        passTopics.articlesEnriched(), articles, dir);

                Topics enrichTopics = new Topics(input.feeds(), input.feedStatus(), input.articlesRaw(),
                        "enrich-" + round + ".articles.enriched", "enrich-" + round + ".alerts", input.watches(),
                        "enrich-" + round + ".dlq", "enrich-" + round + ".backfill",
                        "enrich-" + round + ".digests");
                kafka.createTopics(enrichTopics, PARTITIONS);
                Topology topology = EnrichTopology.build(enrichTopics, enricher, watches,
                        new EnrichTopology.Limits(Duration.ofDays(30), Duration.ofHours(6), 2 << 20),
                        new EnrichTopology.Timing(java.time.Clock.systemUTC(), Duration.ofSeconds(30)),
                        new SimpleMeterRegistry());
                // an article leaves with its story, after the one-partition story step: its last output
                enrichRate = run("enrich-" + round, topology, kafka.bootstrapServers(), enrichTopics.articlesEnriched(),
                        articles, dir);
            }
            System.out.printf("RESULT enrich %.0f articles/s, pass-through %.0f articles/s, ratio %.2f (last round, "
                    + "after its first quarter)%n",
                    enrichRate, passRate, enrichRate / passRate);
        }
    }

    private static double run(String name, Topology topology, String bootstrap, String output, int expected, Path dir)
            throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + name);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, STREAM_THREADS);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + name).toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        try (KafkaStreams streams = new KafkaStreams(topology, props);
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + name,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                        new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(output));
            long started = System.nanoTime();
            streams.start();
            int seen = 0;
            int quarter = expected / 4;
            long quarterAt = 0;
            CpuUse atQuarter = null;
            while (seen < expected) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
                if (quarterAt == 0 && seen >= quarter) {
                    quarter = seen;
                    quarterAt = System.nanoTime();
                    atQuarter = CpuUse.now();
                }
                if (System.nanoTime() - started > Duration.ofMinutes(20).toNanos()) {
                    throw new IllegalStateException(name + ": only " + seen + " of " + expected + " after 20 min");
                }
            }
            long finished = System.nanoTime();
            double seconds = (finished - started) / 1e9;
            double steadySeconds = (finished - quarterAt) / 1e9;
            double rate = (seen - quarter) / steadySeconds;
            CpuUse steady = CpuUse.now().since(atQuarter);
            System.out.printf("%s: %d articles in %.1f s (%.0f/s with start-up); after the first quarter %.0f "
                    + "articles/s, %.2f ms of CPU per article (this JVM: broker, streams, JIT, GC; in that span the "
                    + "JIT compilers ran %.1f s and GC paused %.1f s)%n", name, expected, seconds, expected / seconds,
                    rate, steady.processNanos() / 1e6 / (seen - quarter), steady.jitMillis() / 1e3,
                    steady.gcMillis() / 1e3);
            System.out.printf("  %s: CPU per article by thread group, ms: %s%n", name,
                    steady.perArticleByThreadGroup(seen - quarter));
            return rate;
        }
    }

    /**
     * What this JVM has used so far: process CPU, JIT compilation and GC time, and the CPU of its live threads
     * grouped by what their names say they are.
     */
    private record CpuUse(long processNanos, long jitMillis, long gcMillis, Map<String, Long> nanosByThreadGroup) {

        private static final com.sun.management.OperatingSystemMXBean PROCESS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        static CpuUse now() {
            var threads = ManagementFactory.getThreadMXBean();
            Map<String, Long> byGroup = new TreeMap<>();
            for (long id : threads.getAllThreadIds()) {
                ThreadInfo info = threads.getThreadInfo(id);
                long nanos = threads.getThreadCpuTime(id);
                if (info != null && nanos > 0) {
                    byGroup.merge(groupOf(info.getThreadName()), nanos, Long::sum);
                }
            }
            long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new CpuUse(PROCESS.getProcessCpuTime(),
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gcMillis, byGroup);
        }

        private static String groupOf(String thread) {
            if (thread.contains("StreamThread") && thread.contains("producer")) {
                return "streams producer I/O";
            }
            if (thread.contains("StreamThread")) {
                return "stream threads";
            }
            if (thread.startsWith("data-plane") || thread.startsWith("kafka") || thread.contains("raft")) {
                return "broker";
            }
            return "other";
        }

        /** What was used since {@code before}; threads that ended in between are not counted in their group. */
        CpuUse since(CpuUse before) {
            Map<String, Long> byGroup = new TreeMap<>();
            nanosByThreadGroup.forEach((group, nanos) ->
                    byGroup.put(group, nanos - before.nanosByThreadGroup.getOrDefault(group, 0L)));
            return new CpuUse(processNanos - before.processNanos, jitMillis - before.jitMillis,
                    gcMillis - before.gcMillis, byGroup);
        }

        String perArticleByThreadGroup(int articles) {
            StringBuilder out = new StringBuilder();
            nanosByThreadGroup.forEach((group, nanos) -> out.append(out.isEmpty() ? "" : ", ")
                    .append(String.format("%s %.3f", group, nanos / 1e6 / articles)));
            return out.toString();
        }
    }

    private static long produce(String bootstrap, String topic, int count, BenchCorpus corpus, Random random,
                                int textBytes) throws Exception {
        long bytes = 0;
        JsonSerde<RawArticle> serde = JsonSerde.of(RawArticle.class);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                String text = corpus.article(random, textBytes);
                String id = String.format("%032x", i);
                RawArticle article = new RawArticle(SchemaVersion.CURRENT, id, "https://bench.test/" + id,
                        "https://bench.test/" + id, "bench", "bench", corpus.title(random), null, text, null,
                        Instant.now(), Instant.now(), Instant.now(), null, List.of(), id, Extraction.JSON_LD, "ar", null);
                byte[] value = serde.serialize(topic, article);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, id, value));
            }
            producer.flush();
        }
        return bytes;
    }
}
