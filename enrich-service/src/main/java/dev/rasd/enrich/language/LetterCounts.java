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

    private static final int LETTER = 1;
    private static final int ARABIC_SCRIPT = 1 << 1;
    private static final int SORANI_BIT = 2;
    private static final int PASHTO_BIT = 3;
    private static final int URDU_BIT = 4;
    private static final int UYGHUR_BIT = 5;
    private static final int PERSIAN_BIT = 6;
    private static final int ARABIC_BIT = 7;
    /**
     * {@link #kindOf(int)} of every character of the Basic Multilingual Plane, looked up once per character instead
     * of asking {@link Character.UnicodeScript} (a binary search) for each.
     */
    private static final byte[] KINDS = kindsOfBasicPlane();

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
        this(text, text.length());
    }

    /** Counts the letters of the first {@code end} characters of {@code text}. */
    LetterCounts(CharSequence text, int end) {
        int letters = 0, arabicScript = 0, sorani = 0, pashto = 0, urdu = 0, uyghur = 0, persian = 0, arabic = 0;
        int articles = 0, nonJoiners = 0;
        boolean previousIsArabicLetter = false;
        for (int i = 0; i < end; ) {
            char unit = text.charAt(i);
            int kind;
            if (Character.isSurrogate(unit)) {
                int c = Character.isHighSurrogate(unit) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))
                        ? Character.toCodePoint(unit, text.charAt(i + 1)) : unit;
                i += Character.charCount(c);
                kind = kindOf(c);
            } else {
                i++;
                kind = KINDS[unit] & 0xFF;
                if (unit == ZERO_WIDTH_NON_JOINER && previousIsArabicLetter) {
                    nonJoiners++;
                }
            }
            if ((kind & LETTER) != 0) {
                letters++;
                if ((kind & ARABIC_SCRIPT) != 0) {
                    arabicScript++;
                    sorani += kind >>> SORANI_BIT & 1;
                    pashto += kind >>> PASHTO_BIT & 1;
                    urdu += kind >>> URDU_BIT & 1;
                    uyghur += kind >>> UYGHUR_BIT & 1;
                    persian += kind >>> PERSIAN_BIT & 1;
                    arabic += kind >>> ARABIC_BIT & 1;
                    if (!previousIsArabicLetter && i < end) {
                        char next = text.charAt(i);
                        if (unit == '\u0627' && next == '\u0644') {
                            articles++;
                        } else if (unit == PASHTO_OF && next == ' ') {
                            pashto++;
                        }
                    }
                }
            }
            previousIsArabicLetter = (kind & ARABIC_SCRIPT) != 0;
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

    /** The kind bits of a code point: whether it is a letter, an Arabic-script letter, and whose own letter. */
    private static int kindOf(int c) {
        if (!Character.isLetter(c)) {
            return 0;
        }
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
            return LETTER;
        }
        return LETTER | ARABIC_SCRIPT
                | occurrence(SORANI_LETTERS, c) << SORANI_BIT
                | occurrence(PASHTO_LETTERS, c) << PASHTO_BIT
                | occurrence(URDU_LETTERS, c) << URDU_BIT
                | occurrence(UYGHUR_LETTERS, c) << UYGHUR_BIT
                | occurrence(PERSIAN_LETTERS, c) << PERSIAN_BIT
                | occurrence(ARABIC_LETTERS, c) << ARABIC_BIT;
    }

    private static byte[] kindsOfBasicPlane() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = (byte) kindOf(c);
        }
        return kinds;
    }

    private static int occurrence(String letters, int c) {
        return letters.indexOf(c) >= 0 ? 1 : 0;
    }
}
