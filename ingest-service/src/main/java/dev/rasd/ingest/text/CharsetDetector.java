package dev.rasd.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a web document (an HTML page or an XML feed) into text, choosing the charset the way Arabic
 * sites need: a byte order mark first, then the HTTP {@code charset}, then the document's own declaration
 * ({@code <meta charset>} or {@code http-equiv} for HTML, the XML declaration for XML), then detection.
 * Declarations are often wrong, so they are checked against the bytes:
 * <ul>
 *   <li>bytes that are valid UTF-8 are UTF-8, whatever is declared (a single-byte text with letters beyond ASCII
 *       is practically never valid UTF-8);</li>
 *   <li>bytes that are not valid UTF-8 but are declared UTF-8 or not declared are detected by ICU's statistical
 *       detector (Hebrew, Cyrillic, Greek, Chinese, Japanese, Korean… charsets), except where Rasd's Arabic rule
 *       does better: when ICU finds an Arabic or a Latin single-byte charset, or is unsure, the bytes are decoded as
 *       windows-1256 or ISO-8859-6, whichever yields more Arabic letters, if that makes Arabic text. On Rasd's
 *       Arabic samples ICU alone places text of a few words right but not a one-word title (it guesses a CJK
 *       charset at its floor confidence), which the Arabic rule reads right; windows-1252 is the last resort;</li>
 *   <li>a declared single-byte Latin or Arabic charset gives way to windows-1256 or ISO-8859-6 when that decoding
 *       is mostly Arabic letters and the declared one is not.</li>
 * </ul>
 */
public final class CharsetDetector {

    /** Where a document declares its own charset. */
    public enum Syntax {
        /** {@code <meta charset=…>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">}. */
        HTML,
        /** {@code <?xml … encoding="…"?>}. */
        XML
    }

    /** Decoded text and the charset it was decoded with. */
    public record Decoded(String text, Charset charset) {}

    /** The share of non-ASCII characters that must be Arabic letters for a decoding to count as Arabic. */
    private static final double ARABIC_SHARE = 0.6;
    /** How much more Arabic a candidate must be than the declared charset to overrule it. */
    private static final double OVERRULE_MARGIN = 0.05;
    /** How far into the document a declaration is looked for (HTML's prescan reads 1024 bytes; be lenient). */
    private static final int DECLARATION_WINDOW = 4096;

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Charset> ARABIC_CHARSETS = List.of(WINDOWS_1256, ISO_8859_6);
    /** Declared charsets that Arabic single-byte documents are mislabelled with. */
    private static final Set<Charset> CONFUSABLE = Set.of(StandardCharsets.ISO_8859_1, WINDOWS_1252,
            StandardCharsets.US_ASCII, WINDOWS_1256, ISO_8859_6);

    /** Charsets after which ICU gives way to the Arabic rule: Arabic ones, and those it takes Arabic bytes for. */
    private static final Set<Charset> ARABIC_OR_LATIN = Set.of(WINDOWS_1256, ISO_8859_6, WINDOWS_1252,
            StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII);
    /**
     * The least confidence (0–100) of an ICU guess that is taken. ICU gives 10 to every multi-byte charset a text
     * does not rule out: a three-letter Arabic title comes back as Big5 at 10, and must go to the Arabic rule.
     */
    private static final int ICU_CONFIDENCE = 20;

    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_TAG = Pattern.compile("(?is)<meta\\b[^>]*>");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern HTTP_EQUIV = Pattern.compile("(?i)http-equiv\\s*=\\s*[\"']?content-type");

    private CharsetDetector() {}

    /**
     * Decodes a document body.
     *
     * @param body the bytes as received
     * @param contentType the HTTP Content-Type header, or null
     * @param syntax where the document declares its charset
     * @return the text, without a byte order mark
     */
    public static Decoded decode(byte[] body, String contentType, Syntax syntax) {
        Decoded bom = withByteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutMark(body);
        if (utf16 != null) {
            return new Decoded(new String(body, utf16), utf16);
        }
        if (isValidUtf8(body)) {
            // also right for plain ASCII, which reads the same in every ASCII-compatible charset
            return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        Charset declared = declaredCharset(contentType, body, syntax);
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return detect(body);
        }
        String declaredText = new String(body, declared);
        if (CONFUSABLE.contains(declared)) {
            Decoded arabic = mostArabic(body);
            if (arabic != null && arabicShare(arabic.text()) >= arabicShare(declaredText) + OVERRULE_MARGIN) {
                return arabic;
            }
        }
        return new Decoded(declaredText, declared);
    }

    /**
     * The share of Arabic letters among the non-ASCII, non-space characters. A wrong single-byte decoding of Arabic
     * turns letters into Latin-1 letters, symbols or U+FFFD, so the right one has the larger share. An Arabic letter
     * next to a Latin letter does not count: that is Latin text (é in "Dépêche") misread.
     */
    public static double arabicShare(String text) {
        int nonAscii = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c) || c == '\u00A0') {
                continue;
            }
            nonAscii++;
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    && !isAsciiLetterAt(text, i - 1) && !isAsciiLetterAt(text, i + 1)) {
                arabic++;
            }
        }
        return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
    }

    private static boolean isAsciiLetterAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Decoded withByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        return null;
    }

    /** The HTTP charset if it names a supported charset, else the document's own declaration. */
    private static Charset declaredCharset(String contentType, byte[] body, Syntax syntax) {
        if (contentType != null) {
            Matcher m = HTTP_CHARSET.matcher(contentType);
            Charset http = m.find() ? charsetNamed(m.group(1)) : null;
            if (http != null) {
                return http;
            }
        }
        // a declaration is ASCII in every ASCII-compatible charset, so read the head as Latin-1
        String head = new String(body, 0, Math.min(body.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        return syntax == Syntax.XML ? xmlDeclaration(head) : htmlDeclaration(head);
    }

    private static Charset xmlDeclaration(String head) {
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    private static Charset htmlDeclaration(String head) {
        Matcher tags = META_TAG.matcher(head);
        while (tags.find()) {
            String tag = tags.group();
            boolean charsetAttribute = tag.toLowerCase(Locale.ROOT).matches("(?s).*\\scharset\\s*=.*");
            if (charsetAttribute || HTTP_EQUIV.matcher(tag).find()) {
                Matcher charset = META_CHARSET.matcher(tag);
                Charset named = charset.find() ? charsetNamed(charset.group(1)) : null;
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT).equals("utf8") ? "UTF-8" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** UTF-16 without a byte order mark: {@code <} followed or preceded by a zero byte. */
    private static Charset utf16WithoutMark(byte[] b) {
        if (b.length >= 2 && b[0] == '<' && b[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && b[0] == 0 && b[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset of bytes that are neither valid UTF-8 nor rightly declared (see the class comment). */
    private static Decoded detect(byte[] body) {
        Charset icu = icuGuess(body);
        if (icu != null && !ARABIC_OR_LATIN.contains(icu)) {
            return new Decoded(new String(body, icu), icu);
        }
        Decoded arabic = mostArabic(body);
        if (arabic != null) {
            return arabic;
        }
        Charset fallback = icu != null ? icu : WINDOWS_1252;
        return new Decoded(new String(body, fallback), fallback);
    }

    /** ICU's most likely charset for the bytes, markup ignored, when Java supports it and ICU is fairly sure. */
    private static Charset icuGuess(byte[] body) {
        com.ibm.icu.text.CharsetDetector icu = new com.ibm.icu.text.CharsetDetector();
        icu.enableInputFilter(true);
        icu.setText(body);
        // UTF-16 and UTF-32 were looked for already (byte order mark, zero bytes); ICU names them by default
        com.ibm.icu.text.CharsetMatch match = Arrays.stream(icu.detectAll())
                .filter(m -> !m.getName().startsWith("UTF-")).findFirst().orElse(null);
        if (match == null || match.getConfidence() < ICU_CONFIDENCE) {
            return null;
        }
        // ICU names the ISO charset where publishers mean (and browsers decode) its Windows superset
        String name = switch (match.getName()) {
            case "ISO-8859-1" -> "windows-1252";
            case "ISO-8859-8", "ISO-8859-8-I" -> "windows-1255";
            case "ISO-8859-9" -> "windows-1254";
            default -> match.getName();
        };
        return charsetNamed(name);
    }

    /** The Arabic single-byte decoding with the larger Arabic share, if that share makes it Arabic text. */
    private static Decoded mostArabic(byte[] body) {
        Decoded best = null;
        double bestShare = 0;
        for (Charset charset : ARABIC_CHARSETS) {
            String text = new String(body, charset);
            double share = arabicShare(text);
            if (share > bestShare) {
                best = new Decoded(text, charset);
                bestShare = share;
            }
        }
        return bestShare >= ARABIC_SHARE ? best : null;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
