package dev.rasd.arabic;

/**
 * Canonical forms of named-entity mentions ("بالبيت الأبيض", "للأمم المتحدة", "وبايدن").
 *
 * <p>Two forms serve two purposes:
 * <ul>
 *   <li>{@link #canonical(String)} is what users see: readable Arabic as the text wrote it, with diacritics, tatweel
 *       and invisible controls removed, whitespace collapsed, and the conjunction and preposition letters
 *       ({@code و ف ب ك ل}) removed from the FIRST word only. The definite article stays, because it is part of how
 *       the name is written ({@code البيت الأبيض}, {@code الأمم المتحدة}); an article swallowed by the preposition
 *       {@code ل} is written out again ({@code للأمم} → {@code الأمم}). Later words are left as they are: inside a
 *       name they carry no proclitics.</li>
 *   <li>{@link #matchingKey(String)} is what identifies the entity: the {@link ArabicNormalizer normalised}
 *       canonical form, so spelling variants such as {@code البيت الأبيض} and {@code البيت الابيض} share one key.</li>
 * </ul>
 * Which letters are proclitics is decided by {@link ArabicStemmer#splitProclitics(String)}, so names such as
 * {@code فرنسا}, {@code لبنان} or {@code بغداد} keep their first letter.
 */
public final class ArabicCanonicalizer {

    private ArabicCanonicalizer() {
    }

    /**
     * Returns the display form of an entity mention.
     *
     * @param surface the mention as found in text; must not be null
     * @return the canonical form; empty if {@code surface} has no visible characters
     */
    public static String canonical(String surface) {
        String[] words = ArabicNormalizer.stripMarks(surface).strip().split("\\s+");
        if (words[0].isEmpty()) {
            return "";
        }
        words[0] = withoutProclitics(words[0]);
        return String.join(" ", words);
    }

    /**
     * Returns the key that identifies an entity mention: the normalised {@link #canonical(String)} form.
     *
     * @param surface the mention as found in text; must not be null
     * @return the matching key; empty if {@code surface} has no visible characters
     */
    public static String matchingKey(String surface) {
        return ArabicNormalizer.normalize(canonical(surface));
    }

    private static String withoutProclitics(String word) {
        ProcliticSplit split = ArabicStemmer.splitProclitics(word);
        return switch (split.article()) {
            case NONE, FULL -> word.substring(split.cliticLength());
            case ELIDED -> "ال" + word.substring(split.stemStart());
        };
    }
}
