package dev.rasd.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A curated list of Arabic words read from a class-path resource: one word per line, {@code #} starts a comment.
 * Entries are normalised on load, so the files can be written in ordinary spelling ({@code وزارة}, {@code أمريكا}).
 */
final class WordList {

    /** Endings that make an inflected form of a listed word: nisba, plurals, dual, attached pronouns. */
    private static final List<String> INFLECTIONS =
            List.of("ي", "يه", "يون", "يين", "يات", "ات", "ه", "ها", "هم", "هما", "ان", "ين", "ون");

    private final Set<String> words;
    /** Listed words and, for those ending in alef or taa marbuta, the word without it (فرنسا → فرنس + ي). */
    private final Set<String> inflectionBases;

    private WordList(Set<String> words) {
        this.words = Set.copyOf(words);
        Set<String> bases = new HashSet<>(words);
        for (String word : words) {
            char last = word.charAt(word.length() - 1);
            if (last == 'ا' || last == 'ه') {
                bases.add(word.substring(0, word.length() - 1));
            }
        }
        this.inflectionBases = Set.copyOf(bases);
    }

    /**
     * Loads a list from a resource next to this class.
     *
     * @throws IllegalStateException if the resource is missing
     */
    static WordList load(String resourceName) {
        try (InputStream in = WordList.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing word list resource dev/rasd/arabic/" + resourceName);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resourceName, e);
        }
    }

    static WordList parse(BufferedReader reader) throws IOException {
        Set<String> words = new HashSet<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int comment = line.indexOf('#');
            String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!entry.isEmpty()) {
                words.add(ArabicNormalizer.normalize(entry));
            }
        }
        return new WordList(words);
    }

    /** Whether the normalised word is listed as it is. */
    boolean containsExact(String normalizedWord) {
        return words.contains(normalizedWord);
    }

    /** Whether the normalised word is listed, or is a listed word with one inflection ending. */
    boolean containsInflected(String normalizedWord) {
        if (words.contains(normalizedWord)) {
            return true;
        }
        for (String ending : INFLECTIONS) {
            if (normalizedWord.endsWith(ending)
                    && inflectionBases.contains(
                            normalizedWord.substring(0, normalizedWord.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }
}
