package dev.rasd.enrich.story;

import dev.rasd.arabic.ArabicNormalizer;
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

    private static final long[] WORD_CHARACTERS = wordCharacters();

    public Fingerprint {
        sentences = List.copyOf(sentences);
    }

    /**
     * The fingerprint of {@code text}. Sentences end at {@code . ! ? ؟}, a line break, or a quotation mark next to a
     * comma ({@code ،"} and {@code "،}, with spaces between); words are runs of letters and digits, joined by one
     * space for hashing.
     */
    public static Fingerprint of(String text) {
        String normalized = ArabicNormalizer.normalize(text == null ? "" : text);
        Set<Long> hashes = new LinkedHashSet<>();
        SentenceHash sentence = new SentenceHash();
        boolean inWord = false;
        boolean sentenceEnded = false;
        // A comma (or a quotation mark) followed so far only by spaces, waiting for its partner.
        boolean afterComma = false;
        boolean afterQuote = false;
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (isWordCharacter(c)) {
                if (!inWord) {
                    if (sentenceEnded) {
                        sentence.addTo(hashes);
                        sentence = new SentenceHash();
                        sentenceEnded = false;
                    }
                    sentence.startWord();
                    inWord = true;
                    afterComma = false;
                    afterQuote = false;
                }
                sentence.add(c);
                continue;
            }
            inWord = false;
            switch (c) {
                case '.', '!', '?', '؟', '\n' -> sentenceEnded = true;
                case '،' -> {
                    sentenceEnded |= afterQuote;
                    afterComma = true;
                    afterQuote = false;
                }
                case '"' -> {
                    sentenceEnded |= afterComma;
                    afterQuote = true;
                    afterComma = false;
                }
                case ' ', '\t', '\u000B', '\f', '\r' -> {
                    // spaces may stand between a comma and a quotation mark
                }
                default -> {
                    afterComma = false;
                    afterQuote = false;
                }
            }
        }
        sentence.addTo(hashes);
        return new Fingerprint(new ArrayList<>(hashes));
    }

    /** Whether a code point is part of a word: a letter or a number ({@code \p{L}} or {@code \p{N}}). */
    private static boolean isWordCharacter(int c) {
        if (c <= Character.MAX_VALUE) {
            return (WORD_CHARACTERS[c >>> 6] & 1L << c) != 0;
        }
        return isLetterOrNumber(c);
    }

    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@link #isLetterOrNumber(int)} of every character of the Basic Multilingual Plane, one bit each. */
    private static long[] wordCharacters() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (isLetterOrNumber(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * The hash of one sentence, built as its words arrive: FNV-1a over the UTF-8 bytes of the words joined by single
     * spaces, then a SplitMix64 finaliser so every bit depends on every byte.
     */
    private static final class SentenceHash {
        private long fnv = 0xcbf29ce484222325L;
        private int words;

        void startWord() {
            if (words > 0) {
                addByte(' ');
            }
            words++;
        }

        void add(int codePoint) {
            if (codePoint < 0x80) {
                addByte(codePoint);
            } else if (codePoint < 0x800) {
                addByte(0xC0 | codePoint >>> 6);
                addByte(0x80 | codePoint & 0x3F);
            } else if (codePoint < 0x10000) {
                addByte(0xE0 | codePoint >>> 12);
                addByte(0x80 | codePoint >>> 6 & 0x3F);
                addByte(0x80 | codePoint & 0x3F);
            } else {
                addByte(0xF0 | codePoint >>> 18);
                addByte(0x80 | codePoint >>> 12 & 0x3F);
                addByte(0x80 | codePoint >>> 6 & 0x3F);
                addByte(0x80 | codePoint & 0x3F);
            }
        }

        private void addByte(int b) {
            fnv ^= b;
            fnv *= 0x100000001b3L;
        }

        /** Adds the sentence's hash to {@code hashes} if it has at least {@link #MIN_WORDS} words. */
        void addTo(Set<Long> hashes) {
            if (words >= MIN_WORDS) {
                hashes.add(finish(fnv));
            }
        }
    }

    private static long finish(long fnv) {
        long h = fnv;
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
