package dev.rasd.enrich.language;

/**
 * Tells Arabic ({@code ar}), Persian ({@code fa}), Urdu ({@code ur}), Pashto ({@code ps}) and Central Kurdish
 * ({@code ckb}) apart by the letters each one alone uses.
 *
 * <p>Urdu, Pashto and Sorani each have letters of their own; when those make up at least
 * {@value #OWN_LETTER_SHARE} of the Arabic-script letters, the language with the most wins. A share rather than a
 * count keeps an Arabic or Persian article that quotes one Urdu or Pashto name from changing language. Otherwise
 * the text is Arabic or Persian, and the Persian letters Arabic lacks (پ چ ژ گ ک ی, and zero-width non-joiners)
 * are weighed against Arabic spellings (ة ى ي ك and the article ال). Text with no such letter at all defaults to
 * Arabic, the pipeline's main language, with a low confidence. Uyghur ({@code ug}) is recognised by its own letters
 * too, lest its ە ۆ ې pass for Sorani or Pashto; other Arabic-script languages get the closest of the five
 * (Shahmukhi Punjabi reads as Urdu).
 */
final class ArabicScriptRules {

    /** Share of the Arabic-script letters that must be one language's own letters for that language to win. */
    static final double OWN_LETTER_SHARE = 0.02;
    /** Fewest own letters for Urdu, Pashto, Sorani or Uyghur to win, lest one letter in a short text decide. */
    static final int MIN_OWN_LETTERS = 2;
    /** Arabic-script letters from which the length of a text no longer lowers the confidence. */
    static final int CONFIDENT_LENGTH = 60;
    /** Weight of the article ال, a surer Arabic sign than a single letter. */
    private static final int ARTICLE_WEIGHT = 2;

    private ArabicScriptRules() {
    }

    /**
     * Classifies text whose letters are mostly Arabic-script.
     *
     * @param counts the letter counts of the text
     * @return one of {@code ar}, {@code fa}, {@code ur}, {@code ps}, {@code ckb} or {@code ug}, with a confidence
     *         that grows with the lead of the winner's evidence and with the length of the text
     */
    static Detection classify(LetterCounts counts) {
        int arabicEvidence = counts.arabicLetters + ARTICLE_WEIGHT * counts.arabicArticles;
        int persianEvidence = counts.persianLetters + counts.zeroWidthNonJoiners;
        int ownLetters = Math.max(counts.soraniLetters, Math.max(counts.pashtoSigns, counts.urduLetters));
        double lengthFactor = Math.min(1.0, counts.arabicScriptLetters / (double) CONFIDENT_LENGTH);

        // Uyghur shares ە ۆ ې with Sorani and Pashto, so its own letters, which none of the five use, go first.
        if (isMadeOfOwnLetters(counts.uyghurLetters, counts)) {
            return new Detection("ug", lengthFactor);
        }
        if (isMadeOfOwnLetters(ownLetters, counts)) {
            String tag = ownLetters == counts.soraniLetters ? "ckb" : ownLetters == counts.pashtoSigns ? "ps" : "ur";
            int allOwnLetters = counts.soraniLetters + counts.pashtoSigns + counts.urduLetters;
            // Arabic spellings inside Urdu, Pashto or Sorani text count against the winner.
            return new Detection(tag, lengthFactor * ownLetters / (allOwnLetters + counts.arabicLetters));
        }
        int evidence = arabicEvidence + persianEvidence;
        if (evidence == 0) {
            return new Detection("ar", 0.5 * lengthFactor);
        }
        return persianEvidence > arabicEvidence
                ? new Detection("fa", lengthFactor * persianEvidence / evidence)
                : new Detection("ar", lengthFactor * arabicEvidence / evidence);
    }

    private static boolean isMadeOfOwnLetters(int ownLetters, LetterCounts counts) {
        return ownLetters >= MIN_OWN_LETTERS && ownLetters >= OWN_LETTER_SHARE * counts.arabicScriptLetters;
    }
}
