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
 */
record Lexeme(String raw, String word, String stem, String core, List<Proclitics.Reading> readings,
              Gazetteer.Keys listKeys) {

    /** The analysis of a written word, looked up in {@code lists}. */
    static Lexeme of(String raw, Gazetteer lists) {
        String word = ArabicNormalizer.normalize(raw);
        List<Proclitics.Reading> readings = Proclitics.readings(word);
        String stem = word.isEmpty() ? word : ArabicStemmer.stem(raw);
        return new Lexeme(raw, word, stem, WordCounts.key(readings), readings, lists.keysOf(word, readings));
    }

    /**
     * A marker standing for the positions before the first or after the last token of a sentence; no list entry
     * starts or goes on there.
     */
    static Lexeme boundary(String marker) {
        return new Lexeme(marker, marker, marker, marker, List.of(), new Gazetteer.Keys(marker, null));
    }
}
