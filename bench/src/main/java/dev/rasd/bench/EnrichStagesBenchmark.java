package dev.rasd.bench;

import dev.rasd.arabic.RasdTermCache;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.JsonSerde;
import dev.rasd.contract.RawArticle;
import dev.rasd.contract.SchemaVersion;
import dev.rasd.enrich.entities.EntityRecognizer;
import dev.rasd.enrich.language.LanguageDetector;
import dev.rasd.enrich.pipeline.ArticleEnricher;
import dev.rasd.enrich.pipeline.Enrichment;
import dev.rasd.enrich.story.Fingerprint;
import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.enrich.watch.WatchMatcher;
import dev.rasd.enrich.watch.WatchRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Single-thread cost of each enrichment stage per article (~3 KB Arabic articles, 1,000 watches), without Kafka:
 * where the time of {@link EnrichThroughputBenchmark}'s enrich topology goes. Arguments:
 * {@code [articles] [watches] [text bytes]}, default 2000, 1000 and 3000 (UTF-8). Each stage is warmed up on the
 * same articles first, then timed five times; the median round is reported.
 */
public final class EnrichStagesBenchmark {

    /** Timed rounds per stage after the warm-up round; the median is reported. */
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int watchCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int textBytes = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        BenchCorpus corpus = BenchCorpus.load();
        Random random = new Random(7);
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%032x", i);
            articles.add(new RawArticle(SchemaVersion.CURRENT, id, "https://bench.test/" + id, null, "bench", "bench",
                    corpus.title(random), null, corpus.article(random, textBytes), null, Instant.now(), Instant.now(),
                    Instant.now(), null, List.of(), id, Extraction.JSON_LD, "ar", null));
        }
        WatchRegistry watches = new WatchRegistry();
        watches.putAll(BenchWatches.of(watchCount, corpus, random));
        LanguageDetector languages = new LanguageDetector();
        long heapBefore = usedHeapAfterGc();
        EntityRecognizer entities = EntityRecognizer.shipped();
        System.out.printf("entity model: %.1f MB of heap once loaded (before its word caches fill)%n",
                (usedHeapAfterGc() - heapBefore) / 1e6);
        ArticleEnricher enricher = new ArticleEnricher(languages, entities::recognize, watches::matcher);
        List<Enrichment> enriched = articles.stream().map(a -> enricher.enrich(a, Instant.now())).toList();
        JsonSerde<EnrichedArticle> json = JsonSerde.of(EnrichedArticle.class);
        JsonSerde<RawArticle> rawJson = JsonSerde.of(RawArticle.class);
        List<byte[]> rawBytes = articles.stream().map(a -> rawJson.serialize(null, a)).toList();

        System.out.printf("%d articles from %s, text %d bytes of UTF-8, %d watches, one thread; µs per article:%n",
                count, corpus.source(), textBytes, watchCount);
        time("language", articles, a -> languages.detect(a.title() + "\n" + a.text()));
        time("entities (title + text)", articles, a -> {
            entities.recognize(a.title());
            entities.recognize(a.text());
        });
        time("watches", enriched, e -> watches.matcher().match(new WatchDocument(e.article().title(),
                e.article().text(), e.article().canonicalNames(EntityType.PER),
                e.article().canonicalNames(EntityType.ORG), e.article().canonicalNames(EntityType.LOC), "bench", "ar",
                "bench")));
        RasdTermCache terms = WatchMatcher.termCache();
        System.out.printf("  %-26s %7.1f%%%n", "(watch term cache hits)",
                100.0 * terms.hits() / Math.max(1, terms.hits() + terms.misses()));
        time("fingerprint", articles, a -> Fingerprint.of(a.text()));
        time("raw JSON in", rawBytes, b -> rawJson.deserialize(null, b));
        time("enriched JSON out", enriched, e -> json.serialize(null, e.article()));
        time("whole enrich()", articles, a -> enricher.enrich(a, Instant.now()));
    }

    /** Runs {@code work} over the items once to warm up, then {@link #ROUNDS} times, and prints the median round. */
    private static <T> void time(String stage, List<T> items, Consumer<T> work) {
        items.forEach(work);
        double[] micros = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            items.forEach(work);
            micros[round] = (System.nanoTime() - started) / 1e3 / items.size();
        }
        Arrays.sort(micros);
        System.out.printf("  %-26s %8.1f   (rounds %.1f to %.1f)%n", stage, micros[ROUNDS / 2], micros[0],
                micros[ROUNDS - 1]);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
