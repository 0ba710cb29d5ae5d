package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import dev.rasd.arabic.ArabicStemmer;
import java.util.List;

/**
 * What the recogniser knows about a written word before it looks at its neighbours: its normalised form, light
 * stem, clitic-free core, proclitic readings and list keys. Computing these is most of the cost of a token, and news
 * repeats the same few tens of thousands of words, so the run-time path computes them once per distinct word
 * ({@link NerModel} caches them).
 *
 * @param raw      the word as written
 * @param word     its normalised form
 * @param stem     its light stem (empty for a word that normalises to nothing)
 * @param core     its clitic-free core ({@link WordCounts#key})
 * @param readings every proclitic reading of {@code word}
 * @param listKeys how {@link Gazetteer} looks the word up, and the list entries that may start at it
 * @param clusters the word's {@link WordClusters} ids, coarse to fine (empty for a word the table lacks)
 */
record Lexeme(String raw, String word, String stem, String core, List<Proclitics.Reading> readings,
              Gazetteer.Keys listKeys, int[] clusters) {

    /** The analysis of a written word, looked up in {@code lists} and {@code clusters}. */
    static Lexeme of(String raw, Gazetteer lists, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(raw);
        List<Proclitics.Reading> readings = Proclitics.readings(word);
        String stem = word.isEmpty() ? word : ArabicStemmer.stem(raw);
        String core = WordCounts.key(readings);
        return new Lexeme(raw, word, stem, core, readings, lists.keysOf(word, readings),
                clustersOf(clusters, word, readings, core));
    }

    /**
     * The clusters of the word as written if the table knows it, else of its first proclitic reading the table
     * knows (لحزب: حزب), else of its core: unlabelled text saw most words with and without their clitics, and the
     * written form carries the most context.
     */
    private static int[] clustersOf(WordClusters clusters, String word, List<Proclitics.Reading> readings,
                                    String core) {
        int[] ids = clusters.of(word);
        for (int r = 0; ids.length == 0 && r < readings.size(); r++) {
            ids = clusters.of(readings.get(r).base());
        }
        return ids.length == 0 ? clusters.of(core) : ids;
    }

    /**
     * A marker standing for the positions before the first or after the last token of a sentence; no list entry
     * starts or goes on there.
     */
    static Lexeme boundary(String marker) {
        return new Lexeme(marker, marker, marker, marker, List.of(), new Gazetteer.Keys(marker, null), new int[0]);
    }
}
