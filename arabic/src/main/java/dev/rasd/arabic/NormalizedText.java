package dev.rasd.arabic;

/**
 * Text produced by {@link ArabicNormalizer#normalizeWithOffsets(CharSequence)}, with the way back to the original.
 *
 * <p>Use it to find something in the normalised text and report where it is in the original text:
 * {@code original.substring(n.sourceStart(start), n.sourceEnd(end))}.
 */
public final class NormalizedText {

    private final String text;
    private final int[] sourceIndex;
    private final int sourceLength;

    NormalizedText(String text, int[] sourceIndex, int sourceLength) {
        this.text = text;
        this.sourceIndex = sourceIndex;
        this.sourceLength = sourceLength;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /**
     * Maps a start offset in the normalised text to the original text.
     *
     * @param start a char index in {@link #text()}, {@code 0 <= start <= text().length()}
     * @return the index in the original text of the character that produced {@code text().charAt(start)}, or the
     *         original length when {@code start == text().length()}
     */
    public int sourceStart(int start) {
        checkOffset(start);
        return start == text.length() ? sourceLength : sourceIndex[start];
    }

    /**
     * Maps an exclusive end offset in the normalised text to the original text. The mapped range keeps the marks
     * and controls that the normalisation removed after its last character (a diacritic belongs to its letter).
     *
     * @param end an exclusive end index in {@link #text()}, {@code 0 <= end <= text().length()}
     * @return the exclusive end index in the original text
     */
    public int sourceEnd(int end) {
        checkOffset(end);
        if (end == 0) {
            return text.isEmpty() ? 0 : sourceIndex[0];
        }
        return end == text.length() ? sourceLength : sourceIndex[end];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException(
                    "offset " + offset + " outside normalised text of length " + text.length());
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
