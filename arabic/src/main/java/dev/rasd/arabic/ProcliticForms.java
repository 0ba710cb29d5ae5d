package dev.rasd.arabic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word written with each proclitic before it, for the forms whose term is not the word's own: {@link ArabicStemmer}
 * keeps a bare letter before a short or vowel-initial word ({@code لحزب}, {@code لوزير}), as on its own such a letter
 * is too often part of the word ({@code كتاب}, {@code ليونيل}).
 *
 * <p>A phrase is the evidence a single word lacks: the words after the first must follow it, so a text that has
 * {@code لحزب الله} where a query has {@code حزب الله} almost always has the same phrase with a preposition before
 * it. {@link FirstWordProcliticFilter} stacks these forms on a query phrase's first word.
 *
 * <p>The proclitics are those {@link ArabicStemmer} reads: a conjunction ({@code و ف}), a preposition
 * ({@code ب ك ل}), or one of each; before the article, the preposition {@code ل} takes the article's alef
 * ({@code الأمم → للأمم}). A form that is a listed word ({@code كريم} is a name, not {@code ك + ريم}) is left out, and so
 * are the forms of words of fewer than {@value #MIN_WORD} letters.
 */
public final class ProcliticForms {

    /** Letters a word needs for its forms to be told apart from other words by the phrase around them. */
    static final int MIN_WORD = 2;

    private static final List<String> PROCLITICS = proclitics();

    private ProcliticForms() {
    }

    /**
     * The forms of {@code word} with a proclitic that the stemmer does not reduce to the word's own term, one form
     * per term, in a fixed order.
     *
     * @param word a single word, as written or normalised; must not be null
     * @return the forms, as written (diacritics removed); empty for words that are not Arabic or are too short
     */
    public static List<String> of(String word) {
        String written = ArabicNormalizer.stripMarks(word);
        String normalized = ArabicNormalizer.normalize(written);
        if (normalized.length() < MIN_WORD || !ArabicStemmer.isArabicWord(normalized)) {
            return List.of();
        }
        Set<String> terms = new HashSet<>();
        terms.add(ArabicStemmer.stem(written));
        List<String> forms = new ArrayList<>();
        boolean article = normalized.startsWith(ArabicStemmer.ARTICLE);
        for (String proclitic : PROCLITICS) {
            String rest = article && proclitic.charAt(proclitic.length() - 1) == ArabicStemmer.LAM
                    ? afterElidingLam(written) : written;
            if (!isListedWord(proclitic, rest) && terms.add(ArabicStemmer.stem(proclitic + rest))) {
                forms.add(proclitic + rest);
            }
        }
        return List.copyOf(forms);
    }

    /**
     * What follows the preposition {@code ل} in a word that starts with the article: the article's alef goes
     * ({@code الأمم → للأمم}), and so does one lam of three ({@code الله → لله}, {@code الليل → لليل}).
     */
    private static String afterElidingLam(String written) {
        String rest = written.substring(1);
        return rest.startsWith("لل") ? rest.substring(1) : rest;
    }

    /** Whether the form, or its end after a conjunction, is a listed word rather than the word with a proclitic. */
    private static boolean isListedWord(String proclitic, String rest) {
        for (int i = 0; i < proclitic.length(); i++) {
            if (ArabicStemmer.isProtected(ArabicNormalizer.normalize(proclitic.substring(i) + rest))) {
                return true;
            }
        }
        return false;
    }

    /** Every conjunction, preposition, and conjunction followed by a preposition. */
    private static List<String> proclitics() {
        List<String> proclitics = new ArrayList<>();
        for (String conjunction : optionalLetters(ArabicStemmer.CONJUNCTIONS)) {
            for (String preposition : optionalLetters(ArabicStemmer.PREPOSITIONS)) {
                if (!(conjunction + preposition).isEmpty()) {
                    proclitics.add(conjunction + preposition);
                }
            }
        }
        return List.copyOf(proclitics);
    }

    /** No letter, then each of {@code letters} alone. */
    private static List<String> optionalLetters(String letters) {
        List<String> options = new ArrayList<>();
        options.add("");
        letters.chars().forEach(letter -> options.add(String.valueOf((char) letter)));
        return options;
    }
}
