package dev.rasd.enrich.language;

/**
 * Letter statistics of a text gathered in one pass: how many letters are in the Arabic script, how often the
 * letters that set the Arabic-script languages apart occur, and how many of its words are {@link FunctionWords}
 * of Arabic, Persian, Urdu or Pashto.
 */
final class LetterCounts {

    /** Letters only Sorani (Central Kurdish) uses among the five: ڕ ڵ ێ ۆ ە. */
    static final String SORANI_LETTERS = "\u0695\u06B5\u06CE\u06C6\u06D5";
    /** Letters only Pashto uses among the five: ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ. */
    static final String PASHTO_LETTERS = "\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD";
    /**
     * Letters only Urdu uses among the five: ٹ ڈ ڑ ں ہ ھ ے ۓ; with them the letters of Sindhi, Saraiki and
     * Punjabi that none of the five has (ٻ ڀ ٺ ٽ ٿ ڃ ڄ ڇ ڊ ڋ ڌ ڍ ڏ ڙ ڦ ڳ ڱ ڻ), so that those languages, which the
     * detector has no tag for, read as Urdu rather than Arabic.
     */
    static final String URDU_LETTERS = "\u0679\u0688\u0691\u06BA\u06C1\u06BE\u06D2\u06D3"
            + "\u067B\u0680\u067A\u067D\u067F\u0683\u0684\u0687\u068A\u068B\u068C\u068D\u068F\u0699\u06A6"
            + "\u06B3\u06B1\u06BB";
    /**
     * Letters Uyghur has and the five lack: ۇ ۈ ۋ ڭ; without them Uyghur's ە ۆ ې would pass for Sorani or Pashto.
     * Uyghur's ى inside a word counts too (see {@link #uyghurLetters}).
     */
    static final String UYGHUR_LETTERS = "\u06C7\u06C8\u06CB\u06AD";
    /**
     * Letters of the Persian alphabet that Arabic lacks: پ چ ژ گ ۀ (also used by Urdu, Pashto and Sorani). Persian
     * ی and ک are counted apart ({@link #persianYehAndKeheh}): Arabic typed on a Persian keyboard has them too.
     */
    static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06C0";
    /**
     * Arabic spellings the others avoid or seldom use: ة ى أ إ. The Arabic forms ي and ك are counted apart
     * ({@link #arabicYehAndKaf}): Pashto writes ي, and Persian is often typed with both.
     */
    static final String ARABIC_LETTERS = "\u0629\u0649\u0623\u0625";

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
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char PERSIAN_YEH = '\u06CC', PERSIAN_KEHEH = '\u06A9';
    private static final char ARABIC_YEH = '\u064A', ARABIC_KAF = '\u0643';
    /** Persian and Urdu digits ۰ to ۹; Arabic writes ٠ to ٩ or 0 to 9. */
    private static final char EXTENDED_DIGIT_ZERO = '\u06F0', EXTENDED_DIGIT_NINE = '\u06F9';

    final int letters;
    final int arabicScriptLetters;
    final int soraniLetters;
    /** Pashto's own letters. */
    final int pashtoLetters;
    final int urduLetters;
    /** Uyghur's own letters, and ى followed by a letter: Arabic writes ى only at the end of a word. */
    final int uyghurLetters;
    final int persianLetters;
    /** Persian ی and ک, which Persian, Urdu, Pashto and Sorani write and Arabic typed on a Persian keyboard too. */
    final int persianYehAndKeheh;
    final int arabicLetters;
    /** Arabic ي and ك, which Pashto and Persian typed on an Arabic keyboard have too. */
    final int arabicYehAndKaf;
    /** Persian and Urdu digits (۰ to ۹). */
    final int extendedDigits;
    /** Words on the {@link FunctionWords} list of Arabic. */
    final int arabicWords;
    /** Words on the {@link FunctionWords} list of Persian. */
    final int persianWords;
    /** Words on the {@link FunctionWords} list of Urdu. */
    final int urduWords;
    /**
     * Words on the {@link FunctionWords} list of Pashto, such as د ("of"), its commonest word and the only trace of
     * Pashto in text typed with Arabic and Persian letters alone.
     */
    final int pashtoWords;
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
        int articles = 0, nonJoiners = 0, digits = 0, yehAndKeheh = 0, yehAndKaf = 0;
        int[] words = new int[FunctionWords.PASHTO + 1];
        // The Arabic-script word being read: its letters so far and its key (-1 once it cannot be a function word).
        int wordLetters = 0;
        long wordKey = 0;
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
            }
            if ((kind & ARABIC_SCRIPT) != 0) {
                if (wordLetters == 0 && unit == '\u0627' && i < end && text.charAt(i) == '\u0644') {
                    articles++;
                }
                if (unit == PERSIAN_YEH || unit == PERSIAN_KEHEH) {
                    yehAndKeheh++;
                } else if (unit == ARABIC_YEH || unit == ARABIC_KAF) {
                    yehAndKaf++;
                }
                if (unit == ALEF_MAKSURA && i < end && (KINDS[text.charAt(i)] & ARABIC_SCRIPT) != 0) {
                    uyghur++;
                }
                wordLetters++;
                wordKey = wordKey >= 0 && wordLetters <= FunctionWords.MAX_LETTERS && isArabicBlock(unit)
                        ? FunctionWords.key(wordKey, unit) : -1;
            } else if (!isArabicMark(unit)) {
                // A diacritic is part of its word; anything else ends it.
                if (wordLetters > 0 && wordKey >= 0 && !(wordLetters == 1 && unit == '.')) {
                    words[FunctionWords.languageOf(wordKey)]++;
                }
                if (unit == ZERO_WIDTH_NON_JOINER && wordLetters > 0) {
                    nonJoiners++;
                }
                if (unit >= EXTENDED_DIGIT_ZERO && unit <= EXTENDED_DIGIT_NINE) {
                    digits++;
                }
                wordLetters = 0;
                wordKey = 0;
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
                }
            }
        }
        if (wordLetters > 0 && wordKey >= 0) {
            words[FunctionWords.languageOf(wordKey)]++;
        }
        this.letters = letters;
        this.arabicScriptLetters = arabicScript;
        this.soraniLetters = sorani;
        this.pashtoLetters = pashto;
        this.urduLetters = urdu;
        this.uyghurLetters = uyghur;
        this.persianLetters = persian;
        this.persianYehAndKeheh = yehAndKeheh;
        this.arabicLetters = arabic;
        this.arabicYehAndKaf = yehAndKaf;
        this.arabicArticles = articles;
        this.zeroWidthNonJoiners = nonJoiners;
        this.extendedDigits = digits;
        this.arabicWords = words[FunctionWords.ARABIC];
        this.persianWords = words[FunctionWords.PERSIAN];
        this.urduWords = words[FunctionWords.URDU];
        this.pashtoWords = words[FunctionWords.PASHTO];
    }

    /** Whether a character is in the main Arabic block, whose letters {@link FunctionWords} keys can hold. */
    private static boolean isArabicBlock(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    /** Arabic diacritics (harakat, shadda, sukun, superscript alef), which sit inside a word. */
    private static boolean isArabicMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
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
