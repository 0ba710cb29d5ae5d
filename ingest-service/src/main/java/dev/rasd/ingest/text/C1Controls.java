package dev.rasd.ingest.text;

import java.nio.charset.Charset;

/**
 * Repairs the C1 control characters (U+0080–U+009F) that windows-1252 text gets when it is read as Latin-1, or when
 * a publisher writes windows-1252 byte values as character references ({@code don&#146;t}): no text means those
 * controls, so each is read as the windows-1252 character of its byte (U+0092 → ’, U+0080 → €). The five byte values
 * windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
public final class C1Controls {

    private static final char[] WINDOWS_1252 = new char[32];

    static {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        String decoded = new String(bytes, Charset.forName("windows-1252"));
        for (int i = 0; i < WINDOWS_1252.length; i++) {
            char c = decoded.charAt(i);
            WINDOWS_1252[i] = c == '\uFFFD' ? (char) (0x80 + i) : c;
        }
    }

    private C1Controls() {}

    /** Whether {@code codePoint} is a C1 control character. */
    public static boolean isC1(int codePoint) {
        return codePoint >= 0x80 && codePoint <= 0x9F;
    }

    /** The windows-1252 reading of a C1 control character; any other code point as it is. */
    public static int repaired(int codePoint) {
        return isC1(codePoint) ? WINDOWS_1252[codePoint - 0x80] : codePoint;
    }

    /** {@code text} with every C1 control character {@link #repaired}. */
    public static String repair(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isC1(c) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append((char) repaired(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
