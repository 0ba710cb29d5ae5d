package dev.rasd.bench.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.ingest.extract.ArticleExtractor;
import dev.rasd.ingest.extract.ExtractedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Times {@link ArticleExtractor#extract} on the pages of an article-extraction benchmark (the layout of
 * scrapinghub/article-extraction-benchmark: {@code html/ID.html.gz} and {@code ground-truth.json}) in one JVM, and
 * writes the texts in the benchmark's prediction format so that {@code check_zyte.py --predictions} scores them
 * exactly as it scores {@code ./rasd extract}, without a JVM start per page.
 *
 * <p>Every page is extracted {@code warmUps} times first (JIT compilation), then {@code rounds} times; a page's time
 * is the median of its rounds, and the report gives the median and 99th percentile over pages, in milliseconds of
 * wall time and of the thread's CPU time (the steadier figure on a shared machine).
 * Decoding the gzip file is not timed: the bytes are what a fetch would hand the extractor.
 *
 * <p>Run from the project root:
 * <pre>
 * ./mvnw -q -B -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp bench/target/classes:$(cat bench/target/bench.cp) dev.rasd.bench.ingest.ExtractBenchmark \
 *     ../shared/benchmarks/zyte-dev /tmp/rasd-zyte.json 5 5
 * python3 ../shared/tools/check_zyte.py ../shared/benchmarks/zyte-dev --predictions /tmp/rasd-zyte.json
 * </pre>
 */
public final class ExtractBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExtractBenchmark BENCH_DIR PREDICTIONS_OUT [warmUps] [rounds]");
            System.exit(2);
        }
        Path bench = Path.of(args[0]);
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Map<String, Page> pages = load(bench);

        for (int i = 0; i < warmUps; i++) {
            pages.values().forEach(page -> ArticleExtractor.extract(page.html(), null, page.url()));
        }
        ObjectNode output = JSON.createObjectNode();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[pages.size()];
        double[] cpuMillis = new double[pages.size()];
        int n = 0;
        for (Map.Entry<String, Page> entry : pages.entrySet()) {
            Page page = entry.getValue();
            double[] times = new double[rounds];
            double[] cpuTimes = new double[rounds];
            ExtractedArticle article = null;
            for (int r = 0; r < rounds; r++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                article = ArticleExtractor.extract(page.html(), null, page.url());
                times[r] = (System.nanoTime() - start) / 1e6;
                cpuTimes[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            Arrays.sort(times);
            Arrays.sort(cpuTimes);
            millis[n] = times[rounds / 2];
            cpuMillis[n++] = cpuTimes[rounds / 2];
            output.putObject(entry.getKey()).put("articleBody", article == null ? "" : article.text());
        }
        ObjectNode file = JSON.createObjectNode();
        file.put("version", "");
        file.set("output", output);
        JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), file);
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("pages %d, ms per page: median %.2f, p99 %.2f; CPU ms per page: median %.2f, p99 %.2f"
                        + " (%d warm-ups, %d rounds)%n", millis.length, percentile(millis, 0.5),
                percentile(millis, 0.99), percentile(cpuMillis, 0.5), percentile(cpuMillis, 0.99), warmUps, rounds);
    }

    private record Page(byte[] html, URI url) {}

    private static Map<String, Page> load(Path bench) throws IOException {
        JsonNode truth = JSON.readTree(bench.resolve("ground-truth.json").toFile());
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(bench.resolve("html/" + id + ".html.gz")))) {
                pages.put(id, new Page(in.readAllBytes(), URI.create(truth.get(id).path("url").asText())));
            }
        }
        return pages;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
