package dev.rasd.arabic;

/**
 * Where the proclitics of a normalised Arabic word end, as found by {@link ArabicStemmer#splitProclitics(String)}.
 *
 * <p>A word is {@code [clitics][article][stem]}: {@code clitics} is the conjunction and/or preposition letters
 * ({@code و ف ب ك ل}), {@code article} is the definite article, which is {@code ال}, or only {@code ل} when the
 * preposition {@code ل} swallowed its alef ({@code للأمم} = {@code ل + الأمم}).
 *
 * @param cliticLength  number of leading conjunction/preposition letters (0 to 2)
 * @param article       the article that follows them
 */
public record ProcliticSplit(int cliticLength, Article article) {

    /** The split of a word that has no proclitic. */
    public static final ProcliticSplit NONE = new ProcliticSplit(0, Article.NONE);

    /** The form the definite article takes in a word. */
    public enum Article {
        /** No article. */
        NONE(0),
        /** The article written in full, {@code ال}. */
        FULL(2),
        /** The article after the preposition {@code ل}, written as a single {@code ل}. */
        ELIDED(1);

        private final int length;

        Article(int length) {
            this.length = length;
        }

        /** Number of letters the article takes in the word. */
        public int length() {
            return length;
        }
    }

    /** Index in the word where the stem starts. */
    public int stemStart() {
        return cliticLength + article.length();
    }
}
