package dev.rasd.arabic;

import java.util.List;

/**
 * Conservative, clitic-aware light stemmer for Arabic, designed to leave names intact.
 *
 * <p>Both sides of a search go through it (indexed text and queries), so what matters is that the inflected and
 * clitic-carrying forms of a word land on the same stem while different words do not. Where a rule is not sure it
 * does nothing: a missed conflation costs some recall, a wrong one (as Lucene's stemmer does with
 * {@code وزارة → زار} and {@code لإيران → لاير}) costs precision and damages names.
 *
 * <h2>Proclitics</h2>
 * A word is read as {@code [conjunction][preposition][article]stem}, each part optional: conjunction {@code و ف},
 * preposition {@code ب ك ل}, article {@code ال} (or just {@code ل} after the preposition {@code ل}:
 * {@code للأمم = ل + الأمم}).
 * <ul>
 *   <li>The article is stripped only when at least {@value #ARTICLE_MIN_STEM} letters remain ({@code الله} and
 *       {@code الدم} stay). A conjunction or preposition directly before a strippable article is always stripped
 *       with it ({@code والتحالف → تحالف}, {@code كالحرب → حرب}). When a letter stripped before it leaves a word
 *       that starts with {@code ال} but cannot lose it, the letter is put back: the {@code ال} is part of the word
 *       ({@code والدي}, {@code بالغ}).</li>
 *   <li>A bare letter (no article after it) is stripped only when at least {@value #BARE_CLITIC_MIN_STEM} letters
 *       remain ({@code لداعش → داعش}, but {@code وزير}, {@code كندا}, {@code بحر} stay), or when what remains is a
 *       listed three-letter name ({@code لمصر → مصر}, {@code بغزة → غزه}); a short stem after a bare letter is too
 *       often a different word ({@code كتاب}/{@code تاب}, {@code كندا}/{@code ندا}). Beyond length:
 *       <ul>
 *         <li>a hamza written on the alef that follows ({@code لإيران}, {@code بأوروبا}) always marks a
 *             proclitic: inside a word that alef cannot start a syllable;</li>
 *         <li>so do an article after it ({@code كالحرب}), the elided article of {@code لل} ({@code للحكومة}),
 *             and, after a conjunction, a preposition marked in one of these ways ({@code فللحكومة});</li>
 *         <li>{@code و} is otherwise stripped;</li>
 *         <li>{@code ب} and {@code ل} are kept before a long vowel ({@code ا و ي}): they start many transliterated
 *             names ({@code بوتين}, {@code ليونيل}, {@code لاريجاني}), while a word after a proclitic rarely
 *             starts with {@code و} or {@code ي}, and one that starts with alef usually shows its hamza;</li>
 *         <li>{@code ب} is also kept before {@code ر} and {@code ل}, the clusters of transliterated names
 *             ({@code برلسكوني}, {@code برونو}, {@code بليكس}): of the 28 distinct entity-initial tokens of the
 *             ANERcorp training split that the plain length rule would cut after such a {@code ب}, 25 are names
 *             that start with it;</li>
 *         <li>{@code ف} and {@code ك} are otherwise kept: they start far more words and names ({@code فريق},
 *             {@code كبير}, {@code فرانك}, {@code كريستيانو}) than they carry bare.</li>
 *       </ul></li>
 *   <li>Words whose first letters only look like proclitics are protected by a curated list (countries, cities,
 *       people and frequent news words that the rules above would cut, such as {@code فرنسا}, {@code بغداد},
 *       {@code وزارة}, {@code ألمانيا}); inflected forms of a listed word ({@code فرنسي}, {@code وزارات},
 *       {@code لبنانيون}) are protected too. Stripping stops as soon as the rest of the word is protected
 *       ({@code وبايدن → بايدن}, {@code للبنان → لبنان}).</li>
 * </ul>
 * Names the rules cannot tell apart and the list does not hold lose their first letter ({@code بنسلفانيا}); this is
 * consistent between indexing and querying, so search still finds them.
 *
 * <h2>Suffixes</h2>
 * Applied to the stem after proclitics, each only when at least {@value #SUFFIX_MIN_STEM} letters remain:
 * <ul>
 *   <li>possessive pronouns {@code هما ها هم}; when one is removed and the stem then ends with {@code ت}, that
 *       {@code ت} is the taa marbuta in its attached form and becomes {@code ه} ({@code حكومتها → حكومه});</li>
 *   <li>nisba endings to the plain nisba {@code ي}: {@code يون يين} (plural) and {@code يه} (feminine), so
 *       {@code المصريون}, {@code المصرية} and {@code مصري} share a stem;</li>
 *   <li>the feminine plural {@code ات} ({@code الانتخابات → انتخاب}).</li>
 * </ul>
 * Deliberately not stripped: a lone final {@code ه}, because after normalisation it is mostly a taa marbuta, and
 * stripping it makes {@code مصراتة} (Misrata) lose letters until it reads {@code مصر}; {@code نا} ({@code كورونا},
 * {@code فيينا}); {@code كم} ({@code محاكم}); {@code ون ين ان}, which end too many names ({@code ماكرون},
 * {@code فلسطين}, {@code لبنان}, {@code إيران}).
 */
public final class ArabicStemmer {

    /** Letters a bare conjunction or preposition must leave, unless the rest is a listed short stem. */
    static final int BARE_CLITIC_MIN_STEM = 4;
    /** Letters the article must leave. */
    static final int ARTICLE_MIN_STEM = 3;
    /** Letters a suffix rule must leave. */
    static final int SUFFIX_MIN_STEM = 4;

    static final String CONJUNCTIONS = "وف";
    static final String PREPOSITIONS = "بكل";
    static final char LAM = 'ل';
    private static final String LONG_VOWELS = "اوي";
    static final String ARTICLE = "ال";
    private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "ها", "هم");
    private static final List<String> NISBA_PLURAL_SUFFIXES = List.of("يون", "يين");

    private static final WordList PROTECTED = WordList.load("protected-words.txt");
    private static final WordList SHORT_STEMS = WordList.load("short-stems.txt");

    private ArabicStemmer() {
    }

    /**
     * Stems a word. The word is normalised ({@link ArabicNormalizer#normalize(CharSequence)}), so raw and normalised
     * input mostly give the same stem; raw input is better, because a written hamza tells a proclitic apart from a
     * name ({@code لإيران} is {@code ل + إيران}, {@code لاريجاني} is one word). Words that are not entirely Arabic
     * letters are returned normalised but otherwise unchanged.
     *
     * @param token a single word, as written or normalised; must not be null
     * @return its stem, in normalised form
     */
    public static String stem(String token) {
        String written = ArabicNormalizer.stripMarks(token);
        String word = ArabicNormalizer.normalize(written);
        if (!isArabicWord(word)) {
            return word;
        }
        return stripSuffixes(word.substring(split(written, word).stemStart()));
    }

    /**
     * Finds the proclitics of a word, following the rules in the class documentation.
     *
     * @param word a single word, as written or normalised; must not be null
     * @return where its clitics and article end, as indexes into {@link ArabicNormalizer#stripMarks(CharSequence)}
     *         of {@code word} (and into its normalisation, which has the same length); {@link ProcliticSplit#NONE}
     *         for words that are not Arabic
     */
    public static ProcliticSplit splitProclitics(String word) {
        String written = ArabicNormalizer.stripMarks(word);
        return split(written, ArabicNormalizer.normalize(written));
    }

    private static ProcliticSplit split(String written, String word) {
        if (!isArabicWord(word) || PROTECTED.containsInflected(word)) {
            return ProcliticSplit.NONE;
        }
        int clitics = 0;
        if (canStripBareLetter(written, word, clitics, CONJUNCTIONS)) {
            clitics++;
            if (PROTECTED.containsInflected(word.substring(clitics))) {
                return new ProcliticSplit(clitics, ProcliticSplit.Article.NONE);
            }
        }
        boolean lamPreposition = false;
        if (canStripBareLetter(written, word, clitics, PREPOSITIONS)) {
            lamPreposition = word.charAt(clitics) == LAM;
            clitics++;
            if (PROTECTED.containsInflected(word.substring(clitics))) {
                return new ProcliticSplit(clitics, ProcliticSplit.Article.NONE);
            }
        }
        if (word.startsWith(ARTICLE, clitics)) {
            if (word.length() - clitics - ARTICLE.length() >= ARTICLE_MIN_STEM) {
                return new ProcliticSplit(clitics, ProcliticSplit.Article.FULL);
            }
            // The ال cannot be an article here, so it belongs to the word, and so did the letter before it.
            return clitics == 0 ? ProcliticSplit.NONE : new ProcliticSplit(clitics - 1, ProcliticSplit.Article.NONE);
        }
        if (lamPreposition && word.charAt(clitics) == LAM && word.length() - clitics - 1 >= ARTICLE_MIN_STEM) {
            return new ProcliticSplit(clitics, ProcliticSplit.Article.ELIDED);
        }
        return new ProcliticSplit(clitics, ProcliticSplit.Article.NONE);
    }

    /**
     * Tells whether a word consists of Arabic letters only (after normalisation), which is when the stemmer applies.
     *
     * @param word any text
     * @return true if {@code word} is non-empty and every character is a letter of the Arabic script
     */
    public static boolean isArabicWord(CharSequence word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
                return false;
            }
        }
        return true;
    }

    /** Whether a normalised word, or an inflected form of it, is listed as one whose first letters are its own. */
    static boolean isProtected(String normalizedWord) {
        return PROTECTED.containsInflected(normalizedWord);
    }

    private static boolean canStripBareLetter(String written, String word, int at, String letters) {
        if (at >= word.length() || letters.indexOf(word.charAt(at)) < 0) {
            return false;
        }
        String rest = word.substring(at + 1);
        if (SHORT_STEMS.containsExact(rest)) {
            return true;
        }
        if (rest.length() < BARE_CLITIC_MIN_STEM) {
            return false;
        }
        if (isMarkedProclitic(written, word, at)) {
            return true;
        }
        char letter = word.charAt(at);
        if (letter == 'و') {
            return true;
        }
        // See the class documentation: ب and ل keep before a long vowel, ب also before ر and ل; ف and ك keep.
        char next = rest.charAt(0);
        return switch (letter) {
            case 'ب' -> LONG_VOWELS.indexOf(next) < 0 && next != 'ر' && next != LAM;
            case LAM -> LONG_VOWELS.indexOf(next) < 0;
            default -> false;
        };
    }

    /**
     * Whether what follows the letter at {@code at} shows that it is a proclitic, whichever letter it is: a protected
     * word, a hamza on alef, an article, or a conjunction followed by a preposition that is itself marked.
     * Assumes at least {@value #BARE_CLITIC_MIN_STEM} letters follow.
     */
    private static boolean isMarkedProclitic(String written, String word, int at) {
        String rest = word.substring(at + 1);
        char letter = word.charAt(at);
        return PROTECTED.containsInflected(rest)
                || isHamzaAlef(written.charAt(at + 1))
                || (rest.startsWith(ARTICLE) && rest.length() - ARTICLE.length() >= ARTICLE_MIN_STEM)
                || (letter == LAM && rest.charAt(0) == LAM && rest.length() - 1 >= ARTICLE_MIN_STEM)
                || (CONJUNCTIONS.indexOf(letter) >= 0 && PREPOSITIONS.indexOf(rest.charAt(0)) >= 0
                        && rest.length() > BARE_CLITIC_MIN_STEM && isMarkedProclitic(written, word, at + 1));
    }

    private static boolean isHamzaAlef(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ';
    }

    private static String stripSuffixes(String stem) {
        String result = stem;
        for (String pronoun : PRONOUN_SUFFIXES) {
            if (endsWithLeaving(result, pronoun, SUFFIX_MIN_STEM)) {
                result = result.substring(0, result.length() - pronoun.length());
                if (result.endsWith("ت") && !result.endsWith("ات")) {
                    result = result.substring(0, result.length() - 1) + 'ه';
                }
                break;
            }
        }
        for (String nisbaPlural : NISBA_PLURAL_SUFFIXES) {
            // يون → ي: the ي of the suffix stays, so two letters go.
            if (result.endsWith(nisbaPlural) && result.length() - 2 >= SUFFIX_MIN_STEM) {
                return result.substring(0, result.length() - 2);
            }
        }
        if (result.endsWith("يه") && result.length() - 1 >= SUFFIX_MIN_STEM) {
            return result.substring(0, result.length() - 1);
        }
        if (endsWithLeaving(result, "ات", SUFFIX_MIN_STEM)) {
            return result.substring(0, result.length() - 2);
        }
        return result;
    }

    private static boolean endsWithLeaving(String word, String suffix, int minStem) {
        return word.endsWith(suffix) && word.length() - suffix.length() >= minStem;
    }
}
