package dev.rasd.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw Arabic (or mixed) text into tokens the way the ANERcorp corpus is tokenised: words are separated by
 * white space, and punctuation (including the Arabic comma ، semicolon ؛ and question mark ؟, quotes and
 * guillemets, brackets, slashes and dashes) becomes tokens of its own. Clitics stay attached to their word, as in
 * the corpus. A dot, comma or colon between two digits stays inside the number ({@code 3.5}, {@code 1,000}).
 * Offsets are Java {@code String} indexes into the input.
 */
public final class ArabicTokenizer {

    private ArabicTokenizer() {
    }

    /** Tokenises {@code text}; never returns null, and returns an empty list for blank text. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int wordStart = -1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
            boolean punct = !space && isPunctuation(c) && !isInsideNumber(text, i);
            if (space || punct) {
                if (wordStart >= 0) {
                    tokens.add(new Token(text.substring(wordStart, i), wordStart, i));
                    wordStart = -1;
                }
                if (punct) {
                    tokens.add(new Token(String.valueOf(c), i, i + 1));
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
        }
        if (wordStart >= 0) {
            tokens.add(new Token(text.substring(wordStart), wordStart, length));
        }
        return tokens;
    }

    /** Bidi marks and zero-width chars that editors leave between words. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF';
    }

    private static boolean isPunctuation(char c) {
        if (c == '\u0640') {
            return false; // tatweel elongates letters inside a word
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isInsideNumber(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',' || c == ':' || c == '٫' || c == '٬')
                && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}
