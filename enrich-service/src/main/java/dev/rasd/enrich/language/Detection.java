package dev.rasd.enrich.language;

import java.util.Objects;

/**
 * The language of a text as told by {@link LanguageDetector}.
 *
 * @param tag        a BCP-47 language tag such as {@code ar}, {@code fa} or {@code ckb}, or {@value #UNDETERMINED_TAG}
 *                   when the text is too short or holds no recognisable language
 * @param confidence how sure the detector is, from 0 (a guess) to 1 (certain); {@code 0} for {@value #UNDETERMINED_TAG}
 */
public record Detection(String tag, double confidence) {

    /** The BCP-47 tag for an undetermined language. */
    public static final String UNDETERMINED_TAG = "und";

    /** The detection for empty, too short or unrecognisable text. */
    public static final Detection UNDETERMINED = new Detection(UNDETERMINED_TAG, 0.0);

    /**
     * @throws NullPointerException     if {@code tag} is null
     * @throws IllegalArgumentException if {@code tag} is blank or {@code confidence} is outside [0, 1]
     */
    public Detection {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank()) {
            throw new IllegalArgumentException("tag is blank");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }

    /** Whether a language was recognised, i.e. the tag is not {@value #UNDETERMINED_TAG}. */
    public boolean isDetermined() {
        return !UNDETERMINED_TAG.equals(tag);
    }
}
