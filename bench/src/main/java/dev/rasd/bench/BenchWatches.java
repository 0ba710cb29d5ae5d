package dev.rasd.bench;

import dev.rasd.contract.Watch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Watches for benchmarks, as users write them. */
final class BenchWatches {

    private BenchWatches() {
    }

    /**
     * {@code count} watches: most name things that are not in a given article (here: random Arabic words), one in
     * twenty names words of the corpus, so every article matches a few of them; a third each are AND queries,
     * phrases, and a {@code person:} field OR a term.
     */
    static List<Watch> of(int count, BenchCorpus corpus, Random random) {
        List<String> present = new ArrayList<>();
        for (String sentence : corpus.sentences()) {
            for (String word : sentence.split("\\s+")) {
                String letters = word.replaceAll("[^\\p{L}]", "");
                if (letters.length() > 3) {
                    present.add(letters);
                }
            }
        }
        List<Watch> watches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean matching = i % 20 == 0;
            String a = matching ? present.get(random.nextInt(present.size())) : randomWord(random);
            String b = matching ? present.get(random.nextInt(present.size())) : randomWord(random);
            String query = switch (i % 3) {
                case 0 -> a + " AND " + b;
                case 1 -> "\"" + a + " " + b + "\"";
                default -> "person:" + a + " OR " + b;
            };
            watches.add(Watch.of("w" + i, query));
        }
        return watches;
    }

    private static String randomWord(Random random) {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
