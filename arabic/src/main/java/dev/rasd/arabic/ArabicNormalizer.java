package dev.rasd.arabic;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Matching normalisation of text in any script, tuned for Arabic news.
 *
 * <p>The output is meant for comparing and indexing text, not for display. It:
 * <ul>
 *   <li>removes Arabic diacritics (every non-spacing mark of the Arabic blocks: tanween, fatha, damma, kasra, shadda,
 *       sukun, superscript alef, combining hamza, Quranic annotation marks), the Quranic end-of-ayah and sajdah signs,
 *       and tatweel {@code ـ};</li>
 *   <li>removes invisible controls: zero-width and directional marks U+200B–U+200F, embeddings and overrides
 *       U+202A–U+202E, isolates U+2066–U+2069, the byte order mark U+FEFF and the Arabic letter mark U+061C;</li>
 *   <li>replaces Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) by their NFKC base letters, so ligatures
 *       such as {@code ﻻ} become {@code لا};</li>
 *   <li>unifies letters that writers use interchangeably: alef forms {@code أ إ آ ٱ ٲ ٳ} become {@code ا}, alef maqsura
 *       {@code ى} becomes {@code ي}, taa marbuta {@code ة} becomes {@code ه};</li>
 *   <li>replaces hamza seated on a carrier by the bare carrier: {@code ؤ} becomes {@code و} and {@code ئ} becomes
 *       {@code ي}. Writers often drop the hamza from its seat ({@code مسؤول}/{@code مسوول}, {@code رئيس}/{@code ريس}),
 *       and never the seat itself, so the seat is the common denominator. The standalone hamza {@code ء} is kept: it
 *       has no seat to fall back to, and dropping it would merge distinct words ({@code ماء} "water" and {@code ما}
 *       "what");</li>
 *   <li>maps Persian and Urdu letter forms to the Arabic letters they stand for in Arabic text: {@code ک} to
 *       {@code ك}, {@code ی ے} to {@code ي}, {@code ۀ ۃ ہ ھ} to {@code ه} (letters with no Arabic counterpart, such as
 *       {@code گ پ چ}, stay as they are);</li>
 *   <li>maps Arabic-Indic digits {@code ٠–٩} and Persian digits {@code ۰–۹} to ASCII {@code 0–9};</li>
 *   <li>lower-cases every other character ({@link Character#toLowerCase(int)}).</li>
 * </ul>
 *
 * <p>The normalisation is idempotent. Every output character comes from exactly one input character (presentation
 * forms may expand to several); {@link #normalizeWithOffsets(CharSequence)} records that mapping for callers that
 * must point back into the original text.
 */
public final class ArabicNormalizer {

    private static final char ALEF = 'ا';
    private static final char YEH = 'ي';
    private static final char HEH = 'ه';
    private static final char WAW = 'و';
    private static final char KAF = 'ك';

    /** Marks in {@link #BASIC_PLANE} a character the normalisation removes; a surrogate, so never a mapping. */
    private static final char REMOVED = '\uD800';
    /** Marks in {@link #BASIC_PLANE} a character normalised code point by code point; a surrogate too. */
    private static final char UNTABULATED = '\uDC00';
    private static final char[] BASIC_PLANE = basicPlane();

    private ArabicNormalizer() {
    }

    /**
     * Returns the matching normalisation of {@code text}.
     *
     * @param text any text; must not be null
     * @return the normalised text, possibly shorter than the input
     */
    public static String normalize(CharSequence text) {
        // Most text is made of characters the table maps one to one (or removes): no builder needed for those.
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char normalized = BASIC_PLANE[text.charAt(i)];
            if (normalized == UNTABULATED) {
                StringBuilder builder = new StringBuilder(text.length());
                normalize(text, builder);
                return builder.toString();
            }
            if (normalized != REMOVED) {
                out[length++] = normalized;
            }
        }
        return new String(out, 0, length);
    }

    /**
     * Appends the matching normalisation of {@code text} to {@code out}; for callers that reuse a buffer, such as
     * token filters.
     *
     * @param text any text; must not be null
     * @param out  the buffer the normalised text is appended to
     */
    public static void normalize(CharSequence text, StringBuilder out) {
        normalize(text, out, null, true);
    }

    /**
     * Returns the display form of {@code text}: the same removals and presentation-form expansion as
     * {@link #normalize(CharSequence)}, but letters, digits and case stay as written. Every character of the
     * display form maps to exactly one character of its normalisation, at the same index.
     *
     * @param text any text; must not be null
     * @return the text without diacritics, tatweel and invisible controls
     */
    public static String stripMarks(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        normalize(text, out, null, false);
        return out.toString();
    }

    /**
     * Returns the matching normalisation of {@code text} together with, for each output character, the position of
     * the input character it came from.
     *
     * @param text any text; must not be null
     * @return the normalised text and its offsets into {@code text}
     */
    public static NormalizedText normalizeWithOffsets(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        OffsetRecorder offsets = new OffsetRecorder(text.length());
        normalize(text, out, offsets, true);
        return new NormalizedText(out.toString(), offsets.toArray(), text.length());
    }

    /**
     * Tells whether the normalisation removes the code point entirely (diacritics, tatweel, invisible controls).
     *
     * @param codePoint any Unicode code point
     * @return true if {@link #normalize(CharSequence)} drops it
     */
    public static boolean isRemoved(int codePoint) {
        if (codePoint == 'ـ' || codePoint == 0x061C || codePoint == 0xFEFF) {
            return true;
        }
        if ((codePoint >= 0x200B && codePoint <= 0x200F) || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return true;
        }
        if (!isArabicBlock(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.FORMAT
                // Quranic annotation signs that are not marks: rub el hizb, place of sajdah, small waw and small yeh.
                || codePoint == 0x06DE || codePoint == 0x06E9 || codePoint == 0x06E5 || codePoint == 0x06E6;
    }

    private static void normalize(CharSequence text, StringBuilder out, OffsetRecorder offsets, boolean mapLetters) {
        int i = 0;
        while (i < text.length()) {
            char unit = text.charAt(i);
            char normalized = BASIC_PLANE[unit];
            if (normalized == REMOVED) {
                i++;
                continue;
            }
            if (normalized != UNTABULATED) {
                out.append(mapLetters ? normalized : unit);
                if (offsets != null) {
                    offsets.add(i);
                }
                i++;
                continue;
            }
            int codePoint = Character.codePointAt(text, i);
            if (isPresentationForm(codePoint)) {
                String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
                for (int k = 0; k < decomposed.length(); k++) {
                    char c = decomposed.charAt(k);
                    // Isolated forms of harakat decompose to a space followed by the mark; the space is an artefact.
                    if (c != ' ') {
                        append(c, out, offsets, i, mapLetters);
                    }
                }
            } else {
                append(codePoint, out, offsets, i, mapLetters);
            }
            i += Character.charCount(codePoint);
        }
    }

    /**
     * The normalisation of every character of the Basic Multilingual Plane, so that the common case costs one array
     * read: {@link #REMOVED} for the removed ones, {@link #UNTABULATED} for surrogates, presentation forms and
     * characters whose normalisation is not one character of the plane.
     */
    private static char[] basicPlane() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int mapped = map(c);
            if (isRemoved(c)) {
                table[c] = REMOVED;
            } else if (Character.isSurrogate((char) c) || isPresentationForm(c) || mapped > Character.MAX_VALUE
                    || Character.isSurrogate((char) mapped)) {
                table[c] = UNTABULATED;
            } else {
                table[c] = (char) mapped;
            }
        }
        return table;
    }

    private static void append(
            int codePoint, StringBuilder out, OffsetRecorder offsets, int sourceIndex, boolean mapLetters) {
        if (isRemoved(codePoint)) {
            return;
        }
        int mapped = mapLetters ? map(codePoint) : codePoint;
        int before = out.length();
        out.appendCodePoint(mapped);
        if (offsets != null) {
            for (int k = before; k < out.length(); k++) {
                offsets.add(sourceIndex);
            }
        }
    }

    private static int map(int codePoint) {
        return switch (codePoint) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> ALEF;
            case 'ى', 'ئ', 'ی', 'ے' -> YEH;
            case 'ة', 'ۀ', 'ۃ', 'ہ', 'ھ' -> HEH;
            case 'ؤ' -> WAW;
            case 'ک' -> KAF;
            default -> {
                if (codePoint >= '٠' && codePoint <= '٩') {
                    yield '0' + (codePoint - '٠');
                }
                if (codePoint >= '۰' && codePoint <= '۹') {
                    yield '0' + (codePoint - '۰');
                }
                yield Character.toLowerCase(codePoint);
            }
        };
    }

    private static boolean isPresentationForm(int codePoint) {
        return (codePoint >= 0xFB50 && codePoint <= 0xFDFF) || (codePoint >= 0xFE70 && codePoint <= 0xFEFC);
    }

    private static boolean isArabicBlock(int codePoint) {
        return (codePoint >= 0x0600 && codePoint <= 0x06FF) || (codePoint >= 0x0750 && codePoint <= 0x077F)
                || (codePoint >= 0x0870 && codePoint <= 0x08FF);
    }

    /** Growable int array of source positions, one per output char. */
    private static final class OffsetRecorder {
        private int[] positions;
        private int size;

        OffsetRecorder(int expected) {
            positions = new int[Math.max(expected, 4)];
        }

        void add(int position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(positions, size);
        }
    }
}
