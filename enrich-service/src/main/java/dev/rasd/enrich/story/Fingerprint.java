package dev.rasd.enrich.story;

import dev.rasd.arabic.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What identifies a story in an article: hashes of its normalised sentences. Copies of a story (syndicated agency
 * copy under another headline, with a dateline and a credit line added, another spelling of hamza) share most of
 * their sentences word for word, while different stories share almost none. Unlike a hash of the whole text, a
 * dateline or an edited sentence changes only the hashes of the sentences it touches.
 *
 * @param sentences hashes of the distinct sentences of at least {@link #MIN_WORDS} words, in order
 */
public record Fingerprint(List<Long> sentences) {

    /** Shorter sentences (datelines, "Reuters", captions) are too common to tell stories apart. */
    public static final int MIN_WORDS = 6;

    public Fingerprint {
        sentences = List.copyOf(sentences);
    }

    /** The fingerprint of {@code text}. */
    public static Fingerprint of(String text) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (String sentence : ArabicNormalizer.normalize(text == null ? "" : text).split("[.!?؟\\n]+|،\\s*\"|\"\\s*،")) {
            List<String> words = words(sentence);
            if (words.size() >= MIN_WORDS) {
                hashes.add(hash64(String.join(" ", words)));
            }
        }
        return new Fingerprint(new ArrayList<>(hashes));
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : sentence.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** FNV-1a over UTF-8, then a SplitMix64 finaliser so every bit depends on every byte. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
