package dev.rasd.bench.ingest;

import com.sun.net.httpserver.HttpServer;
import dev.rasd.contract.Feed;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.RawArticle;
import dev.rasd.ingest.fetch.FetcherSettings;
import dev.rasd.ingest.fetch.HostLimiter;
import dev.rasd.ingest.fetch.HttpFetcher;
import dev.rasd.ingest.poll.FeedCheckpoint;
import dev.rasd.ingest.poll.FeedPoller;
import dev.rasd.ingest.poll.FeedScheduler;
import dev.rasd.ingest.poll.IngestMetrics;
import dev.rasd.ingest.poll.PollSettings;
import dev.rasd.ingest.poll.PollSink;
import dev.rasd.ingest.poll.SeenItems;
import dev.rasd.ingest.poll.SilenceRule;
import dev.rasd.ingest.publish.CanonicalUrl;
import dev.rasd.stack.news.Rss;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Polls many simulated feeds with one ingest instance's polling machinery (scheduler, poller, fetcher, host limiter,
 * feed parser, extractor) and reports polls per second, CPU and heap.
 *
 * <p>The simulated publishers are {@code --hosts} HTTP servers in this JVM, one per loopback address 127.0.1.x,
 * 127.0.2.x, … (all of 127.0.0.0/8 is loopback on Linux), so the per-host politeness limit (one request at a time,
 * 1 s apart) applies as it would to real sites; each serves {@code feeds ÷ hosts} feeds of 20 items with ETags and
 * answers 304 when nothing changed. Every feed starts from a checkpoint that has its current items as published
 * (steady state: the back-fill of a new feed's 20 items is a one-off, bound by politeness). Each feed gets a new item with probability {@code --new-item-share} per poll,
 * whose article page is then fetched and extracted. Kafka is replaced by a sink that acknowledges at once, so the
 * numbers are those of polling, not of the broker. CPU and heap include the simulated servers: an upper bound.
 *
 * <p>Run from the repository root:
 * <pre>
 * ./mvnw -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Xmx512m -cp bench/target/classes:$(cat bench/target/bench.cp) \
 *     dev.rasd.bench.ingest.IngestPollBenchmark --feeds 10000 --hosts 200 --interval 5m --minutes 6
 * </pre>
 */
public final class IngestPollBenchmark {

    public static void main(String[] args) throws Exception {
        int feeds = intArg(args, "--feeds", 10_000);
        int hosts = intArg(args, "--hosts", 200);
        Duration interval = Duration.parse("PT" + stringArg(args, "--interval", "5m").toUpperCase());
        Duration runFor = Duration.ofMinutes(intArg(args, "--minutes", 6));
        double newItemShare = Double.parseDouble(stringArg(args, "--new-item-share", "0.05"));

        List<HttpServer> servers = new ArrayList<>();
        ExecutorService serverThreads = Executors.newVirtualThreadPerTaskExecutor();
        SimulatedFeeds simulated = new SimulatedFeeds(feeds, newItemShare);
        for (int h = 0; h < hosts; h++) {
            String address = "127.0." + (1 + h / 250) + "." + (1 + h % 250);
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 1024);
            server.setExecutor(serverThreads);
            server.createContext("/", simulated::handle);
            server.start();
            servers.add(server);
        }

        CountingSink sink = new CountingSink(feeds);
        PollSettings settings = new PollSettings(interval, interval, Duration.ofHours(6), 5L << 20, 3L << 20, 2000,
                Duration.ofSeconds(30), SilenceRule.DEFAULT);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        HttpFetcher fetcher = new HttpFetcher(new FetcherSettings("RasdBench/1 (+https://rasd.dev/bot)",
                Duration.ofSeconds(20), 5, true), new HostLimiter(Duration.ofSeconds(1)), Clock.systemUTC());
        FeedPoller poller = new FeedPoller(fetcher, sink, settings, new IngestMetrics(registry), Clock.systemUTC(),
                new Random(1));
        FeedScheduler scheduler = new FeedScheduler(poller, sink, settings, 256, Duration.ofSeconds(30),
                Clock.systemUTC(), new Random(2));

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < feeds; i++) {
            HttpServer server = servers.get(i % hosts);
            String url = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                    + "/feed/" + i + ".xml";
            scheduler.hold(Feed.of("f" + i, "Feed " + i, "https://example.com", url, "AE", "ar", null, true),
                    steadyState(i, url, server.getAddress().getHostString() + ":" + server.getAddress().getPort()));
        }
        System.out.printf("%d feeds on %d hosts, every %s, for %s; heap max %d MB%n", feeds, hosts, interval, runFor,
                Runtime.getRuntime().maxMemory() >> 20);

        long reportEvery = 30_000;
        long peakHeap = 0;
        for (long elapsed = 0; elapsed < runFor.toMillis(); elapsed += reportEvery) {
            Thread.sleep(reportEvery);
            long heap = usedHeap();
            peakHeap = Math.max(peakHeap, heap);
            System.out.printf("t=%3ds polls=%d (not modified %d) articles=%d heap=%d MB%n",
                    (elapsed + reportEvery) / 1000, sink.polls.get(), sink.notModified.get(), sink.articles.get(),
                    heap >> 20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        scheduler.close();
        fetcher.close();
        servers.forEach(s -> s.stop(0));

        System.out.printf("polls: %d in %.0f s = %.1f polls/s (needed for every feed every %s: %.1f/s)%n",
                sink.polls.get(), seconds, sink.polls.get() / seconds, interval,
                feeds / (double) interval.toSeconds());
        System.out.printf("feeds polled at least once: %d of %d; longest gap between two polls of a feed: %d s%n",
                sink.feedsPolled(), feeds, sink.longestGapMillis() / 1000);
        System.out.printf("articles fetched and extracted: %d; failed polls: %.0f%n", sink.articles.get(),
                registry.get("rasd.ingest.feeds.polled").tag("outcome", "failed").counter().count());
        System.out.printf("CPU: %.1f s = %.2f cores on average (%d available); peak heap sampled: %d MB%n",
                cpuSeconds, cpuSeconds / seconds, Runtime.getRuntime().availableProcessors(), peakHeap >> 20);
        System.out.printf("peak heap by pool: %d MB%n", peakHeapPools() >> 20);
        System.exit(0);
    }

    /**
     * The checkpoint of a feed whose 20 current items were published before (an instance restarting or taking
     * over), so the run measures steady-state polling rather than the one-off back-fill of every feed's history.
     */
    private static FeedCheckpoint steadyState(int feed, String url, String host) {
        SeenItems seen = new SeenItems(4000);
        for (long n = 1; n <= 20; n++) {
            seen.add(SeenItems.guidKey("f" + feed + "-" + n));
            seen.add(SeenItems.urlKey(CanonicalUrl.of("http://" + host + "/a/" + feed + "/" + n)));
        }
        FeedCheckpoint initial = FeedCheckpoint.initial("f" + feed, url);
        return new FeedCheckpoint(initial.feedId(), url, url, null, null, 0, null, null, 0, null, null, null, null,
                null, null, seen.serialise(), false, null, false);
    }

    /** The simulated publishers: feed i lists 20 items; new ones appear at random. */
    private static final class SimulatedFeeds {
        private final AtomicLongArray newest;
        private final double newItemShare;
        private final Random random = new Random(3);
        private final ConcurrentHashMap<Integer, byte[]> rendered = new ConcurrentHashMap<>();

        SimulatedFeeds(int feeds, double newItemShare) {
            this.newest = new AtomicLongArray(feeds);
            for (int i = 0; i < feeds; i++) {
                newest.set(i, 20);
            }
            this.newItemShare = newItemShare;
        }

        void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                String host = exchange.getRequestHeaders().getFirst("Host");
                if (path.startsWith("/feed/")) {
                    int feed = Integer.parseInt(path.substring(6, path.length() - 4));
                    boolean grows;
                    synchronized (random) {
                        grows = random.nextDouble() < newItemShare;
                    }
                    long top = grows ? newest.incrementAndGet(feed) : newest.get(feed);
                    String etag = "\"" + feed + "-" + top + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", etag);
                    send(exchange, "application/rss+xml", feed(host, feed, top));
                } else {
                    send(exchange, "text/html; charset=utf-8", page(path));
                }
            }
        }

        private byte[] feed(String host, int feed, long top) {
            List<Rss.Item> items = new ArrayList<>();
            for (long n = top; n > top - 20; n--) {
                items.add(new Rss.Item("f" + feed + "-" + n, "http://" + host + "/a/" + feed + "/" + n,
                        "خبر رقم " + n, "ملخص الخبر رقم " + n + " من التغذية " + feed,
                        Instant.parse("2025-01-10T12:00:00Z").plusSeconds(600 * n)));
            }
            return Rss.of("Feed " + feed, items).getBytes(StandardCharsets.UTF_8);
        }

        private byte[] page(String path) {
            return rendered.computeIfAbsent(path.hashCode() & 1023, k -> ("""
                    <html><head><meta charset="utf-8"><title>خبر</title></head><body><nav><a href="/">الرئيسية</a></nav>
                    <div class="article-body"><p>%s</p><p>%s</p></div><footer>حقوق</footer></body></html>"""
                    .formatted("فقرة أولى من نص الخبر، فيها ما يكفي من الكلمات لتعد فقرة حقيقية. ".repeat(4),
                            "فقرة ثانية تكمل الخبر، وتضيف تفاصيل أخرى عن الحدث ومكانه وزمانه. ".repeat(4)))
                    .getBytes(StandardCharsets.UTF_8));
        }

        private static void send(com.sun.net.httpserver.HttpExchange exchange, String type, byte[] body)
                throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Acknowledges everything at once and counts polls per feed. */
    private static final class CountingSink implements PollSink {
        final AtomicLong polls = new AtomicLong();
        final AtomicLong notModified = new AtomicLong();
        final AtomicLong articles = new AtomicLong();
        private final AtomicLongArray lastPoll;
        private final AtomicLong longestGap = new AtomicLong();

        CountingSink(int feeds) {
            lastPoll = new AtomicLongArray(feeds);
        }

        @Override
        public CompletableFuture<Void> article(RawArticle article) {
            articles.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> status(String feedId, FeedStatus status) {
            polls.incrementAndGet();
            if (status.httpStatus() == 304) {
                notModified.incrementAndGet();
            }
            int feed = Integer.parseInt(feedId.substring(1));
            long now = System.currentTimeMillis();
            long previous = lastPoll.getAndSet(feed, now);
            if (previous != 0) {
                longestGap.accumulateAndGet(now - previous, Math::max);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> checkpoint(String feedId, FeedCheckpoint checkpoint) {
            return CompletableFuture.completedFuture(null);
        }

        long feedsPolled() {
            long n = 0;
            for (int i = 0; i < lastPoll.length(); i++) {
                n += lastPoll.get(i) == 0 ? 0 : 1;
            }
            return n;
        }

        long longestGapMillis() {
            return longestGap.get();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeapPools() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
