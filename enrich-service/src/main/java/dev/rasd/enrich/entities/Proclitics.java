package dev.rasd.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a normalised Arabic word can be read as proclitics followed by a base word. Arabic writes the
 * conjunctions و and ف, the prepositions ب, ل and ك, and the article ال joined to the next word, so a name such
 * as داعش appears as لداعش, وداعش or كداعش. Which reading is right cannot be told from the letters alone (بغداد is
 * a city, not ب + غداد), so this class lists every possible reading and leaves the choice to the caller.
 */
public final class Proclitics {

    /** The article ال, which stays part of a name (الرقة) but is ignored when matching lists. */
    public static final String ARTICLE = "ال";

    /** The shortest base word a reading may leave. */
    private static final int MIN_BASE = 2;

    /**
     * One reading of a word.
     *
     * @param proclitics the proclitic letters read off the front (empty for the whole word)
     * @param base       the word without them, with the article restored where ل + ال was written لل
     */
    record Reading(String proclitics, String base) {
    }

    private Proclitics() {
    }

    /**
     * Every reading of {@code normalized}, the whole word first, then by growing proclitic length; each reading
     * leaves at least two letters.
     */
    static List<Reading> readings(String normalized) {
        List<Reading> readings = new ArrayList<>(4);
        readings.add(new Reading("", normalized));
        int conjunction = startsWithAny(normalized, 0, "وف") ? 1 : 0;
        for (int conj = 0; conj <= conjunction; conj++) {
            if (conj == 1) {
                addIfLongEnough(readings, normalized, 1);
            }
            if (startsWithAny(normalized, conj, "بلك")) {
                char preposition = normalized.charAt(conj);
                if (preposition == 'ل' && normalized.startsWith("ل", conj + 1)
                        && normalized.length() - conj - 1 > MIN_BASE) {
                    // لل = ل + ال with the alef dropped: للعراق is ل + العراق
                    readings.add(new Reading(normalized.substring(0, conj + 1),
                            ARTICLE + normalized.substring(conj + 2)));
                } else {
                    addIfLongEnough(readings, normalized, conj + 1);
                }
            }
        }
        return readings;
    }

    /** The word without a leading article, for matching against lists; words too short to strip stay whole. */
    static String withoutArticle(String word) {
        return word.startsWith(ARTICLE) && word.length() - ARTICLE.length() >= MIN_BASE
                ? word.substring(ARTICLE.length()) : word;
    }

    private static void addIfLongEnough(List<Reading> readings, String word, int cut) {
        if (word.length() - cut >= MIN_BASE) {
            readings.add(new Reading(word.substring(0, cut), word.substring(cut)));
        }
    }

    private static boolean startsWithAny(String word, int at, String letters) {
        return word.length() > at && letters.indexOf(word.charAt(at)) >= 0;
    }
}
