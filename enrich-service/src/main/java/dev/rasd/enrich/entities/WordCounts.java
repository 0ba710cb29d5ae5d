package dev.rasd.enrich.entities;

import dev.rasd.arabic.ArabicNormalizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each word (its clitic-free core, see {@link #key}) occurs in a body of training text. Names are rare
 * words: a word the training text never saw is far more likely to be a name than a word it saw a hundred times.
 */
public final class WordCounts {

    private final Map<String, Integer> counts;

    private WordCounts(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Counts the words of the given tokenised sentences. */
    public static WordCounts of(List<List<String>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String token : sentence) {
                counts.merge(key(ArabicNormalizer.normalize(token)), 1, Integer::sum);
            }
        }
        return new WordCounts(counts);
    }

    /** The word a count is kept for: the normalised word without proclitics and article. */
    static String key(String normalizedWord) {
        return key(Proclitics.readings(normalizedWord));
    }

    /** The {@link #key} of a word given its proclitic readings: its longest reading's base, without article. */
    static String key(List<Proclitics.Reading> readings) {
        return Proclitics.withoutArticle(readings.getLast().base());
    }

    /** How often the word with this key occurred. */
    int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    static WordCounts readFrom(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Integer> counts = HashMap.newHashMap(size);
        for (int i = 0; i < size; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return new WordCounts(counts);
    }
}
