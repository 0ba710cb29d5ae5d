package dev.rasd.bench;

import dev.rasd.contract.Watch;
import dev.rasd.enrich.watch.WatchRegistry;
import java.util.List;
import java.util.Random;

/**
 * How long enrich-service takes to take in watches: all at once at start-up ({@link WatchRegistry#putAll}), and one
 * at a time as records arrive on the watches topic ({@link WatchRegistry#put}: added, replaced, then removed). One
 * change at a time is what an analyst's edit costs, and what importing a list through the topic costs per watch.
 * Argument: {@code [watches]}, default 10000.
 */
public final class WatchUpdateBenchmark {

    private static final int CHANGES_PER_ROUND = 500;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        BenchCorpus corpus = BenchCorpus.load();
        Random random = new Random(11);
        List<Watch> watches = BenchWatches.of(count, corpus, random);
        List<Watch> edits = BenchWatches.of(CHANGES_PER_ROUND, corpus, random);
        System.out.printf("%d watches as BenchWatches writes them; ms per operation:%n", count);
        for (int round = 1; round <= 5; round++) {
            WatchRegistry registry = new WatchRegistry();
            long started = System.nanoTime();
            registry.putAll(watches);
            double loadMillis = (System.nanoTime() - started) / 1e6;

            started = System.nanoTime();
            for (Watch edit : edits) {
                registry.put(Watch.of("new-" + edit.id(), edit.query()));
            }
            double addMillis = (System.nanoTime() - started) / 1e6 / edits.size();

            started = System.nanoTime();
            for (int i = 0; i < edits.size(); i++) {
                registry.put(Watch.of(watches.get(i).id(), edits.get(i).query()));
            }
            double replaceMillis = (System.nanoTime() - started) / 1e6 / edits.size();

            started = System.nanoTime();
            for (Watch edit : edits) {
                registry.remove("new-" + edit.id());
            }
            double removeMillis = (System.nanoTime() - started) / 1e6 / edits.size();
            if (registry.matcher().size() != count) {
                throw new IllegalStateException("expected " + count + " watches, have " + registry.matcher().size());
            }
            System.out.printf("  round %d: all at once %.0f ms; one at a time: add %.2f, replace %.2f, remove %.2f%n",
                    round, loadMillis, addMillis, replaceMillis, removeMillis);
        }
    }
}
