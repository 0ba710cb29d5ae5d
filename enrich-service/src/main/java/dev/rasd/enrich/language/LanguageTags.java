package dev.rasd.enrich.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Turns the ISO 639-3 codes of OpenNLP's language model into BCP-47 tags. */
final class LanguageTags {

    /**
     * Individual languages the model names where BCP-47 prefers the macrolanguage's two-letter code (Western
     * Persian, Standard Estonian, Standard Latvian, Mandarin, Standard Malay).
     */
    private static final Map<String, String> MACROLANGUAGE_MEMBERS =
            Map.of("pes", "fa", "prs", "fa", "ekk", "et", "lvs", "lv", "cmn", "zh", "zsm", "ms");

    private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

    private LanguageTags() {
    }

    /**
     * The shortest BCP-47 language tag for an ISO 639-3 (or 639-2/T) code: the two-letter ISO 639-1 code where one
     * exists ({@code ara} → {@code ar}), else the three-letter code itself ({@code pnb} → {@code pnb}).
     */
    static String fromIso639_3(String code) {
        String lowerCase = code.toLowerCase(Locale.ROOT);
        String macrolanguage = MACROLANGUAGE_MEMBERS.get(lowerCase);
        if (macrolanguage != null) {
            return macrolanguage;
        }
        return TWO_LETTER_CODES.getOrDefault(lowerCase, lowerCase);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String twoLetter : Locale.getISOLanguages()) {
            // getLanguage() turns the legacy codes the JDK still lists (iw, in, ji) into he, id, yi.
            Locale locale = Locale.of(twoLetter);
            codes.put(locale.getISO3Language(), locale.getLanguage());
        }
        return Map.copyOf(codes);
    }
}
