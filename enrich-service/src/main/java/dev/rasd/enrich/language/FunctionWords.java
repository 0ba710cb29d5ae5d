package dev.rasd.enrich.language;

import java.util.Arrays;

/**
 * Frequent short words that tell Arabic, Persian, Urdu and Pashto apart when a short text has none of the letters
 * that set them apart (Persian and Pashto are often typed with Arabic letters alone).
 *
 * <p>A word is looked up by its {@linkplain #key(int, char) key}, built letter by letter while {@link LetterCounts}
 * reads the text, so that looking one up allocates nothing. Persian ی and ک are read as Arabic ي and ك: Persian
 * and Pashto are often typed with the Arabic forms, and Arabic with the Persian ones. A word is on a list only if it
 * is frequent in its language and absent, or rare, in the others: the Persian بین, بعد, قبل, حتی and غیر are also
 * Arabic, the Arabic له and به are also Pashto and Persian, و stands alone in careless Arabic as in Persian, 
 * یا is also the Arabic vocative, so none of them is listed; Urdu کی is left out for the Arabic كي.
 */
final class FunctionWords {

    /** What a word says: nothing, or the language whose list it is on. */
    static final int NONE = 0, ARABIC = 1, PERSIAN = 2, URDU = 3, PASHTO = 4;
    /** Longest word on any list, in letters; longer words are not looked up. */
    static final int MAX_LETTERS = 5;

    private static final long[] ARABIC_WORDS = keys("في", "من", "على", "إلى", "الى", "إلي", "أن", "إن", "عن", "التي",
            "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لم", "لن", "مع", "منذ", "أو", "ثم",
            "كما", "هو", "هي", "وفي", "وقد", "لا", "لكل", "أي", "عند", "وهو", "وهي", "وكان", "فيها", "إنه", "أنه");
    private static final long[] PERSIAN_WORDS = keys("را", "از", "در", "است", "این", "که", "با", "هر", "می", "های",
            "خود", "برای", "شود", "شده", "باشد", "دارد", "کند", "آن", "همه", "بر", "تا", "نیز", "بود", "کرد",
            "شد", "اند", "دارند", "آنها", "باید", "نه", "به");
    private static final long[] URDU_WORDS = keys("اور", "کے", "کا", "کو", "سے", "میں", "ہے", "ہیں", "نے",
            "یہ", "وہ", "بھی", "اس", "جس", "پر", "تھا", "لئے", "لیے", "کیا");
    private static final long[] PASHTO_WORDS = keys("د", "او", "په", "ته", "چې", "چي", "څخه", "کې", "کښې", "سره",
            "لري", "شي", "وي", "دي", "کړي", "هغه", "دغه", "تر", "خپل", "يو", "دا");

    private FunctionWords() {
    }

    /**
     * The key of a word after one more letter: the letters' low bytes in a long, Persian ی and ک read as ي and ك.
     *
     * @param key the key of the letters before, 0 for none
     * @param letter an Arabic-script letter (U+0600 to U+06FF)
     */
    static long key(long key, char letter) {
        char normalised = letter == '\u06CC' ? '\u064A' : letter == '\u06A9' ? '\u0643' : letter;
        return key << 8 | normalised & 0xFF;
    }

    /** The language whose list the word with this key is on, or {@link #NONE}. */
    static int languageOf(long key) {
        if (Arrays.binarySearch(ARABIC_WORDS, key) >= 0) {
            return ARABIC;
        }
        if (Arrays.binarySearch(PERSIAN_WORDS, key) >= 0) {
            return PERSIAN;
        }
        if (Arrays.binarySearch(URDU_WORDS, key) >= 0) {
            return URDU;
        }
        return Arrays.binarySearch(PASHTO_WORDS, key) >= 0 ? PASHTO : NONE;
    }

    private static long[] keys(String... words) {
        return Arrays.stream(words).mapToLong(word -> {
            if (word.length() > MAX_LETTERS) {
                throw new IllegalArgumentException(word + " is longer than " + MAX_LETTERS + " letters");
            }
            long key = 0;
            for (char letter : word.toCharArray()) {
                key = key(key, letter);
            }
            return key;
        }).sorted().toArray();
    }
}
