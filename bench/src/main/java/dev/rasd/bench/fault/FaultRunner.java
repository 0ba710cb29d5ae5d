package dev.rasd.bench.fault;

import dev.rasd.contract.Alert;
import dev.rasd.contract.Feed;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.Topics;
import dev.rasd.contract.Watch;
import dev.rasd.runtime.kafka.KafkaClients;
import dev.rasd.stack.Ports;
import dev.rasd.stack.elasticsearch.ElasticsearchDistribution;
import dev.rasd.stack.elasticsearch.EmbeddedElasticsearch;
import dev.rasd.stack.kafka.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs one fault run (see {@link dev.rasd.bench.FaultRun}): embedded Kafka and Elasticsearch in this JVM, the news
 * site, the three services as child JVMs, the faults, the wait for the pipeline to settle, and the audit.
 */
public final class FaultRunner {

    private static final String PREFIX = "rasd";
    private static final String WATCH_ID = "marsad";
    private static final int FEEDS = 20;
    private static final int PARTITIONS = 3;
    private static final Duration KILLED_FOR = Duration.ofSeconds(5);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);
    /** Article documents that lack their story, or are a story assignment whose article never came. */
    private static final String WITHOUT_STORY = "{\"bool\":{\"should\":[{\"bool\":{\"must_not\":{\"exists\":"
            + "{\"field\":\"storyId\"}}}},{\"bool\":{\"must_not\":{\"exists\":{\"field\":\"url\"}}}}]}}";
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(2);

    /**
     * What to run.
     *
     * @param articles how many articles the site publishes
     * @param elasticsearchOutage how long Elasticsearch stays stopped
     * @param articlesPerSecond the publishing rate
     * @param itemsPerFeed how many items each feed lists (older ones drop off)
     * @param runDir where data, logs and the result go (must be new or empty)
     * @param root the repository, holding the built launcher
     */
    public record Settings(int articles, Duration elasticsearchOutage, int articlesPerSecond, int itemsPerFeed,
            Path runDir, Path root) {

        /** Reads {@code [articles] [elasticsearchOutageSeconds] [articlesPerSecond] [itemsPerFeed] [runDir]}. */
        public static Settings parse(String[] args) {
            Path root = Path.of(System.getProperty("rasd.root", ".")).toAbsolutePath().normalize();
            int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
            int outage = args.length > 1 ? Integer.parseInt(args[1]) : 60;
            int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
            int itemsPerFeed = args.length > 3 ? Integer.parseInt(args[3]) : 200;
            Path runDir = args.length > 4 ? Path.of(args[4]) : root.resolve("bench/target/fault-run-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(Instant.now().atOffset(ZoneOffset.UTC)));
            if (articles < 10 || outage < 0 || rate < 1 || itemsPerFeed < 1) {
                throw new IllegalArgumentException("usage: FaultRun [articles>=10] [elasticsearchOutageSeconds>=0] "
                        + "[articlesPerSecond>=1] [itemsPerFeed>=1] [runDir]");
            }
            return new Settings(articles, Duration.ofSeconds(outage), rate, itemsPerFeed,
                    runDir.toAbsolutePath().normalize(), root);
        }
    }

    /**
     * The measured outcome.
     *
     * @param articles indexed articles against published ones
     * @param articlesWithoutStory article documents without a {@code storyId}, or without a URL (a story assignment
     *        whose article never came)
     * @param alertsInIndex alert documents of the watch against the expected alerts
     * @param alertsOnTopic alert records of the watch on the alerts topic against the expected alerts
     * @param distinctAlertIdsOnTopic distinct alert ids among those records
     * @param deadLetters records on the dead-letter topic
     * @param allFaultsInjected whether every fault was injected (a failed one stops the schedule)
     * @param wallTime from the first published article to the end of the audit
     */
    public record Result(Tally articles, long articlesWithoutStory, Tally alertsInIndex, Tally alertsOnTopic, long distinctAlertIdsOnTopic,
            long deadLetters, boolean allFaultsInjected, Duration wallTime) {

        /** Whether every fault was injected and nothing was lost or duplicated in the index. */
        public boolean passed() {
            return allFaultsInjected && articles.lost() == 0 && articles.duplicated() == 0 && articles.unexpected() == 0
                    && articlesWithoutStory == 0 && alertsInIndex.lost() == 0 && alertsInIndex.duplicated() == 0 && alertsInIndex.unexpected() == 0;
        }
    }

    private final Settings settings;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
    private long startedNanos;

    public FaultRunner(Settings settings) {
        this.settings = settings;
    }

    /** Runs the whole fault run, prints the result and writes it to {@code <runDir>/result.txt}. */
    public Result run() throws Exception {
        Thread cleanup = new Thread(this::stopAll, "fault-run-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return runStarted();
        } finally {
            stopAll();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private Result runStarted() throws Exception {
        Path runDir = settings.runDir();
        Files.createDirectories(runDir.resolve("logs"));
        try (Stream<Path> entries = Files.list(runDir)) {
            if (entries.anyMatch(p -> !p.getFileName().toString().equals("logs"))) {
                throw new IllegalArgumentException(runDir + " is not empty: give a new run directory");
            }
        }
        Path launcherJar = settings.root().resolve("launcher/target/rasd-launcher.jar");
        if (!Files.isRegularFile(launcherJar)) {
            throw new IllegalStateException(launcherJar + " is missing: build with scripts/fault-run or "
                    + "./mvnw -B -Dmaven.test.skip=true -pl launcher,bench -am install");
        }
        String launcherClasspath = launcherJar + java.io.File.pathSeparator + settings.root().resolve("launcher/target/lib/*");

        Topics topics = Topics.withPrefix(PREFIX);
        EmbeddedKafka kafka = EmbeddedKafka.start(runDir.resolve("kafka"), Ports.free(), Ports.free());
        running.push(kafka);
        kafka.createTopics(topics, PARTITIONS);
        EmbeddedElasticsearch elasticsearch = EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(
                ElasticsearchDistribution.located(), runDir.resolve("elasticsearch"), Ports.free(), Ports.free(), "512m",
                List.of(pluginZip()), "rasd-es"));
        running.push(elasticsearch);
        NewsWire wire = new NewsWire(FEEDS, settings.itemsPerFeed());
        running.push(wire);

        register(kafka.bootstrapServers(), topics, wire);
        Map<String, ServiceProcess> services = startServices(launcherClasspath, kafka, elasticsearch);
        note("started Kafka " + kafka.bootstrapServers() + ", Elasticsearch " + elasticsearch.url() + ", news site with "
                + FEEDS + " feeds; index, enrich and ingest answer on /health (logs in " + runDir.resolve("logs") + ")");

        FaultSchedule schedule = new FaultSchedule()
                .at(0.20, crashName("ingest"), () -> crash(services.get("ingest")))
                .at(0.35, crashName("enrich"), () -> crash(services.get("enrich")))
                .at(0.50, crashName("index"), () -> crash(services.get("index")))
                .at(0.60, "restart the Kafka broker", kafka::restart)
                .at(0.70, "stop Elasticsearch for " + settings.elasticsearchOutage().toSeconds() + " s", () -> {
                    elasticsearch.stop();
                    Thread.sleep(settings.elasticsearchOutage().toMillis());
                    elasticsearch.start();
                });

        List<String> urls = publishAll(wire, schedule);
        List<String> watchedUrls = new ArrayList<>();
        for (int number = 1; number <= urls.size(); number++) {
            if (SyntheticArticles.mentionsWatchedWord(number)) {
                watchedUrls.add(urls.get(number - 1));
            }
        }

        IndexAudit index = new IndexAudit(elasticsearch.url());
        String articlesAlias = PREFIX + "-articles";
        String alertsAlias = PREFIX + "-alerts";
        String watchQuery = "{\"term\":{\"watchId\":\"" + WATCH_ID + "\"}}";
        awaitSettled(index, articlesAlias, alertsAlias, watchQuery, urls.size(), watchedUrls.size());

        List<String> indexedUrls = index.values(articlesAlias, "{\"match_all\":{}}", "url");
        Tally articles = Tally.of(urls, indexedUrls);
        long withoutStory = index.count(articlesAlias, WITHOUT_STORY);
        Set<String> indexed = new HashSet<>(indexedUrls);
        Files.write(runDir.resolve("lost-articles.txt"), urls.stream().filter(url -> !indexed.contains(url)).toList());
        Tally alertsInIndex = Tally.of(watchedUrls, index.values(alertsAlias, watchQuery, "url"));
        List<Alert> onTopic = TopicAudit.alerts(kafka.bootstrapServers(), topics.alerts()).stream()
                .filter(a -> WATCH_ID.equals(a.watchId())).toList();
        Tally alertsOnTopic = Tally.of(watchedUrls, onTopic.stream().map(Alert::url).toList());
        long distinctAlertIds = onTopic.stream().map(Alert::id).distinct().count();
        long deadLetters = TopicAudit.recordCount(kafka.bootstrapServers(), topics.deadLetters());
        Result result = new Result(articles, withoutStory, alertsInIndex, alertsOnTopic, distinctAlertIds, deadLetters,
                schedule.allInjected(), Duration.ofNanos(System.nanoTime() - startedNanos));
        String report = report(result);
        System.out.println(report);
        Files.writeString(runDir.resolve("result.txt"), report);
        return result;
    }

    /**
     * Publishes the articles at the configured rate while the faults run.
     *
     * @return the URL of each article, article {@code n} at index {@code n - 1}
     */
    private List<String> publishAll(NewsWire wire, FaultSchedule schedule) throws InterruptedException {
        startedNanos = System.nanoTime();
        AtomicInteger published = new AtomicInteger();
        List<String> urls = new ArrayList<>(settings.articles());
        Thread faults = schedule.start(published, settings.articles(), this::note);
        long intervalNanos = 1_000_000_000L / settings.articlesPerSecond();
        for (int number = 1; number <= settings.articles(); number++) {
            long wait = startedNanos + (number - 1) * intervalNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            urls.add(wire.publish(number));
            published.incrementAndGet();
        }
        note("published " + urls.size() + " articles (every tenth mentions " + SyntheticArticles.WATCHED_WORD + ")");
        faults.join();
        return urls;
    }

    /** Waits until the index holds every article and alert, nothing changes for a while, or time is up. */
    private void awaitSettled(IndexAudit index, String articlesAlias, String alertsAlias, String watchQuery,
            int articles, int alerts) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        long lastChange = System.nanoTime();
        long lastReport = 0;
        long previous = -2;
        while (true) {
            long indexed = index.count(articlesAlias, null) - index.count(articlesAlias, WITHOUT_STORY);
            long alerted = index.count(alertsAlias, watchQuery);
            long now = System.nanoTime();
            if (indexed + alerted * 1_000_000L != previous) {
                previous = indexed + alerted * 1_000_000L;
                lastChange = now;
            }
            if (now - lastReport > 10_000_000_000L) {
                note("index: " + indexed + "/" + articles + " articles, " + alerted + "/" + alerts + " alerts");
                lastReport = now;
            }
            if (indexed >= articles && alerted >= alerts) {
                note("index: " + indexed + " articles, " + alerted + " alerts: settled");
                return;
            }
            if (now > deadline || now - lastChange > STALL_TIMEOUT.toNanos()) {
                note("index: " + indexed + " articles, " + alerted + " alerts: gave up waiting ("
                        + (now > deadline ? "timeout" : "no change for " + STALL_TIMEOUT.toSeconds() + " s") + ")");
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** The three services as child JVMs, started in pipeline order from the end, each answering on /health. */
    private Map<String, ServiceProcess> startServices(String launcherClasspath, EmbeddedKafka kafka,
            EmbeddedElasticsearch elasticsearch) throws IOException, InterruptedException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RASD_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("RASD_ES_URL", elasticsearch.url().toString());
        env.put("RASD_TOPIC_PREFIX", PREFIX);
        env.put("RASD_ES_INDEX_PREFIX", PREFIX);
        env.put("RASD_ALLOW_PRIVATE_NETWORKS", "true");
        env.put("RASD_POLL_MIN_INTERVAL", "1s");
        env.put("RASD_POLL_MAX_INTERVAL", "2s");
        env.put("RASD_HOST_DELAY", "0ms");
        env.put("RASD_ENRICH_STATE_DIR", settings.runDir().resolve("enrich-state").toString());
        env.put("RASD_INGEST_HTTP_PORT", String.valueOf(Ports.free()));
        env.put("RASD_ENRICH_HTTP_PORT", String.valueOf(Ports.free()));
        env.put("RASD_INDEX_HTTP_PORT", String.valueOf(Ports.free()));
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        for (String name : List.of("index", "enrich", "ingest")) {
            ServiceProcess service = new ServiceProcess(name, launcherClasspath, env, settings.runDir().resolve("logs"));
            service.start();
            running.push(service);
            services.put(name, service);
        }
        for (ServiceProcess service : services.values()) {
            service.awaitUp(SERVICE_START_TIMEOUT);
        }
        return services;
    }

    private static String crashName(String service) {
        return "kill -9 " + service + "-service, restart after " + KILLED_FOR.toSeconds() + " s, wait until it answers";
    }

    private void crash(ServiceProcess service) throws Exception {
        service.kill();
        Thread.sleep(KILLED_FOR.toMillis());
        service.start();
        service.awaitUp(SERVICE_START_TIMEOUT);
    }

    private void register(String bootstrap, Topics topics, NewsWire wire) throws Exception {
        try (var feeds = producer(bootstrap, JsonSerde.of(Feed.class));
                var watches = producer(bootstrap, JsonSerde.of(Watch.class))) {
            for (int i = 0; i < wire.feedCount(); i++) {
                String id = String.format("wire-%02d", i);
                feeds.send(new ProducerRecord<>(topics.feeds(), id, Feed.of(id, "وكالة الأنباء " + i,
                        wire.feedUrl(i).replaceFirst("/feeds/.*", "/"), wire.feedUrl(i), "intl", "ar", null, true))).get();
            }
            watches.send(new ProducerRecord<>(topics.watches(), WATCH_ID, Watch.of(WATCH_ID, SyntheticArticles.WATCHED_WORD))).get();
        }
    }

    private static <V> KafkaProducer<String, V> producer(String bootstrap, Serializer<V> values) {
        return new KafkaProducer<>(KafkaClients.producer(bootstrap, Map.of()), new StringSerializer(), values);
    }

    private Path pluginZip() throws IOException {
        Path plugins = settings.root().resolve("launcher/target/plugins");
        try (Stream<Path> zips = Files.list(plugins)) {
            return zips.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no plugin zip in " + plugins + ": build the launcher"));
        }
    }

    private String report(Result r) {
        StringBuilder out = new StringBuilder("\n=== Rasd fault run ===\n");
        out.append(String.format("N (published articles):  %d at %d/s over %d feeds of %d items; Elasticsearch outage %d s%n",
                r.articles().expected(), settings.articlesPerSecond(), FEEDS, settings.itemsPerFeed(),
                settings.elasticsearchOutage().toSeconds()));
        out.append(String.format("articles in index:       %s%n", r.articles().line()));
        out.append(String.format("  without story or url:  %d%n", r.articlesWithoutStory()));
        out.append(String.format("alerts in index (%s):  %s%n", WATCH_ID, r.alertsInIndex().line()));
        out.append(String.format("alerts on topic (%s):  %s; distinct alert ids %d%n", WATCH_ID, r.alertsOnTopic().line(),
                r.distinctAlertIdsOnTopic()));
        out.append(String.format("dead letters:            %d%n", r.deadLetters()));
        out.append(String.format("wall time:               %.1f s (first article published to end of audit)%n",
                r.wallTime().toMillis() / 1000.0));
        out.append("verdict:                 ").append(r.passed() ? "PASS" : "FAIL")
                .append(r.allFaultsInjected() ? "" : " (not every fault was injected, see the timeline)")
                .append(" (index holds each article, with its story, and each expected alert exactly once)\n");
        out.append("timeline:\n");
        synchronized (timeline) {
            timeline.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        out.append("run directory:           ").append(settings.runDir())
                .append(" (logs/, lost-articles.txt)\n");
        return out.toString();
    }

    private void note(String message) {
        double seconds = startedNanos == 0 ? 0 : (System.nanoTime() - startedNanos) / 1e9;
        String line = String.format("%7.1f s  %s", seconds, message);
        timeline.add(line);
        System.out.println(line);
    }

    /** Stops the services, then the site, Elasticsearch and Kafka; safe to call twice (end of run and Ctrl-C). */
    private synchronized void stopAll() {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("while stopping " + next + ": " + e);
            }
        }
    }
}
