package dev.rasd.enrich.language;

/**
 * Tells Arabic ({@code ar}), Persian ({@code fa}), Urdu ({@code ur}), Pashto ({@code ps}), Central Kurdish
 * ({@code ckb}) and Uyghur ({@code ug}) apart by the letters each one alone uses and by their function words.
 *
 * <p>A letter that Arabic never uses and that belongs to one other language decides first: Uyghur's, then Urdu's,
 * Pashto's or Sorani's, whichever are most. They must make up at least {@value #OWN_LETTER_SHARE} of the
 * Arabic-script letters, so that in a five-word headline one such letter is enough, while an Arabic article that
 * quotes one Urdu or Pashto name keeps its language. Without such letters, the evidence of each language is weighed:
 * the Arabic spellings (ة ى إ ي ك, the article ال) and Arabic function words against the Persian letters Arabic
 * lacks (پ چ ژ گ ک ی ۀ, zero-width non-joiners, Persian digits) and Persian function words, and against Urdu and
 * Pashto function words; a function word weighs {@value #WORD_WEIGHT} letters. Arabic wins only with the most
 * evidence, so short Persian or Pashto typed with Arabic letters alone is still told by its words. Text with no
 * evidence at all defaults to Arabic, the pipeline's main language, with a low confidence. Other Arabic-script
 * languages get the closest of the six (Sindhi, Saraiki and Shahmukhi Punjabi read as Urdu).
 */
final class ArabicScriptRules {

    /** Share of the Arabic-script letters that must be one language's own letters for that language to win. */
    static final double OWN_LETTER_SHARE = 0.02;
    /** Arabic-script letters from which the length of a text no longer lowers the confidence. */
    static final int CONFIDENT_LENGTH = 60;
    /** Weight of a telling letter; the other weights are measured against it. */
    private static final int LETTER_WEIGHT = 3;
    /**
     * Weight of Persian ی or ک and of Arabic ي or ك: a third of a letter. Arabic typed on a Persian keyboard is full
     * of ی and ک while it keeps its article, ة, أ and إ; Pashto writes ي, and Persian is often typed with ي and ك.
     */
    private static final int YEH_AND_KAF_WEIGHT = 1;
    /** Weight of the article ال, a surer Arabic sign than a single letter. */
    private static final int ARTICLE_WEIGHT = 6;
    /** Weight of a function word, a surer sign than a single letter. */
    private static final int WORD_WEIGHT = 6;

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
        double lengthFactor = Math.min(1.0, counts.arabicScriptLetters / (double) CONFIDENT_LENGTH);
        int arabic = LETTER_WEIGHT * counts.arabicLetters + YEH_AND_KAF_WEIGHT * counts.arabicYehAndKaf
                + ARTICLE_WEIGHT * counts.arabicArticles + WORD_WEIGHT * counts.arabicWords;
        int persian = LETTER_WEIGHT * (counts.persianLetters + counts.zeroWidthNonJoiners + counts.extendedDigits)
                + YEH_AND_KAF_WEIGHT * counts.persianYehAndKeheh + WORD_WEIGHT * counts.persianWords;
        int urdu = LETTER_WEIGHT * counts.urduLetters + WORD_WEIGHT * counts.urduWords;
        int pashto = LETTER_WEIGHT * counts.pashtoLetters + WORD_WEIGHT * counts.pashtoWords;

        // Uyghur shares ە ۆ ې with Sorani and Pashto, so its own letters, which none of the others use, go first.
        if (isMadeOfOwnLetters(counts.uyghurLetters, counts)) {
            return new Detection("ug", lengthFactor);
        }
        int ownLetters = Math.max(counts.soraniLetters, Math.max(counts.pashtoLetters, counts.urduLetters));
        if (isMadeOfOwnLetters(ownLetters, counts)) {
            int sorani = LETTER_WEIGHT * counts.soraniLetters;
            String tag = sorani >= pashto && sorani >= urdu ? "ckb" : pashto >= urdu ? "ps" : "ur";
            int winner = Math.max(sorani, Math.max(pashto, urdu));
            // Arabic spellings inside Urdu, Pashto or Sorani text count against the winner.
            return new Detection(tag, lengthFactor * winner
                    / (sorani + pashto + urdu + LETTER_WEIGHT * counts.arabicLetters + counts.arabicYehAndKaf));
        }
        int evidence = arabic + persian + urdu + pashto;
        if (evidence == 0) {
            return new Detection("ar", 0.5 * lengthFactor);
        }
        int other = Math.max(persian, Math.max(urdu, pashto));
        if (arabic > other) {
            return new Detection("ar", lengthFactor * arabic / evidence);
        }
        // A tie goes against Arabic: its evidence is the more common one, so Arabic text rarely ties.
        String tag = persian == other ? "fa" : pashto == other ? "ps" : "ur";
        return new Detection(tag, lengthFactor * other / evidence);
    }

    private static boolean isMadeOfOwnLetters(int ownLetters, LetterCounts counts) {
        return ownLetters > 0 && ownLetters >= OWN_LETTER_SHARE * counts.arabicScriptLetters;
    }
}
