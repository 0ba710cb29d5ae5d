package dev.rasd.enrich.language;

/**
 * Letter statistics of a text gathered in one pass: how many letters are in the Arabic script, and how often the
 * letters that set the Arabic-script languages apart occur.
 */
final class LetterCounts {

    /** Letters only Sorani (Central Kurdish) uses among the five: ڕ ڵ ێ ۆ ە. */
    static final String SORANI_LETTERS = "\u0695\u06B5\u06CE\u06C6\u06D5";
    /** Letters only Pashto uses among the five: ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ. */
    static final String PASHTO_LETTERS = "\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD";
    /** Letters only Urdu uses among the five: ٹ ڈ ڑ ں ہ ے. */
    static final String URDU_LETTERS = "\u0679\u0688\u0691\u06BA\u06C1\u06D2";
    /** Letters Uyghur has and the five lack: ۇ ۈ ۋ; without them Uyghur's ە ۆ ې would pass for Sorani or Pashto. */
    static final String UYGHUR_LETTERS = "\u06C7\u06C8\u06CB";
    /** Letters of the Persian alphabet that Arabic lacks: پ چ ژ گ ک ی (also used by Urdu, Pashto and Sorani). */
    static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";
    /** Arabic spellings the other four avoid: ة ى and the Arabic forms ي ك (they write ی ک). */
    static final String ARABIC_LETTERS = "\u0629\u0649\u064A\u0643";

    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    /** د, Pashto's "of"; followed by a space, as the Arabic abbreviation "د." (doctor) is not. */
    private static final char PASHTO_OF = '\u062F';

    final int letters;
    final int arabicScriptLetters;
    final int soraniLetters;
    /**
     * Pashto's own letters plus its preposition د ("of") standing as a word: the commonest Pashto word, and the
     * only trace of Pashto in text typed with Arabic and Persian letters alone.
     */
    final int pashtoSigns;
    final int urduLetters;
    final int uyghurLetters;
    final int persianLetters;
    final int arabicLetters;
    /** Words starting with the Arabic article ال. */
    final int arabicArticles;
    /** Zero-width non-joiners between Arabic-script letters, as Persian writes {@code می‌شود}. */
    final int zeroWidthNonJoiners;

    /** Counts the letters of {@code text}. */
    LetterCounts(CharSequence text) {
        int letters = 0, arabicScript = 0, sorani = 0, pashto = 0, urdu = 0, uyghur = 0, persian = 0, arabic = 0;
        int articles = 0, nonJoiners = 0;
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == ZERO_WIDTH_NON_JOINER && isArabicScriptLetter(previous)) {
                nonJoiners++;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabicScript++;
                    sorani += occurrence(SORANI_LETTERS, c);
                    pashto += occurrence(PASHTO_LETTERS, c);
                    urdu += occurrence(URDU_LETTERS, c);
                    uyghur += occurrence(UYGHUR_LETTERS, c);
                    persian += occurrence(PERSIAN_LETTERS, c);
                    arabic += occurrence(ARABIC_LETTERS, c);
                    boolean startsWord = !isArabicScriptLetter(previous);
                    if (c == '\u0627' && startsWord && i < text.length() && text.charAt(i) == '\u0644') {
                        articles++;
                    }
                    if (c == PASHTO_OF && startsWord && i < text.length() && text.charAt(i) == ' ') {
                        pashto++;
                    }
                }
            }
            previous = c;
        }
        this.letters = letters;
        this.arabicScriptLetters = arabicScript;
        this.soraniLetters = sorani;
        this.pashtoSigns = pashto;
        this.urduLetters = urdu;
        this.uyghurLetters = uyghur;
        this.persianLetters = persian;
        this.arabicLetters = arabic;
        this.arabicArticles = articles;
        this.zeroWidthNonJoiners = nonJoiners;
    }

    private static int occurrence(String letters, int c) {
        return letters.indexOf(c) >= 0 ? 1 : 0;
    }

    private static boolean isArabicScriptLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}
