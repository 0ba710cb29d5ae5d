package dev.rasd.ingest.feed;

import dev.rasd.ingest.text.C1Controls;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Repairs the faults real feeds have before an XML parser sees them, and refuses what must not be parsed.
 * Removed text is replaced by its line breaks, so parser line numbers still point into the original.
 * <ul>
 *   <li>anything before the XML declaration (whitespace, PHP warnings) and the declaration itself, whose encoding
 *       no longer applies to decoded text;</li>
 *   <li>a DOCTYPE is removed with whatever it declares: entities are never expanded (XXE, billion laughs), and a
 *       reference to a declared entity stays as text, as any unknown reference does;</li>
 *   <li>characters XML forbids (control characters, lone surrogates) are removed, and C1 controls, written or
 *       referenced, become the windows-1252 characters they stand for (see {@link C1Controls});</li>
 *   <li>HTML named entities become their characters, and a bare {@code &} becomes {@code &amp;}; CDATA sections
 *       and comments are left as they are.</li>
 * </ul>
 */
final class XmlRepair {

    private static final Pattern FEED_ROOT = Pattern.compile("<(?:[\\w.-]+:)?(?:rss|feed|RDF)[\\s>]");
    private static final Pattern LEADING_MISC = Pattern.compile("\\A(?:\\s+|<!--.*?-->|<\\?.*?\\?>)*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("(?i)\\A<html[\\s>]");
    private static final Pattern DOCTYPE = Pattern.compile("\\A<!DOCTYPE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));");

    private XmlRepair() {
    }

    /**
     * Repairs decoded feed text into text an XML parser accepts.
     *
     * @throws FeedParseException when the text is an HTML page or has no markup
     */
    static String repair(String text) throws FeedParseException {
        String xml = fromFirstMarkup(text);
        int misc = miscEnd(xml);
        if (DOCTYPE.matcher(xml.substring(misc)).lookingAt()) {
            // an XHTML or other DOCTYPE says nothing about the root that follows it: look at that root
            xml = xml.substring(0, misc) + withoutDoctype(xml.substring(misc));
            misc = miscEnd(xml);
        }
        if (HTML_START.matcher(xml.substring(misc)).lookingAt()) {
            throw new FeedParseException("not a feed: an HTML page");
        }
        return escapeReferences(C1Controls.repair(withoutIllegalCharacters(xml)));
    }

    /** The text from its first markup on, without an XML declaration. */
    private static String fromFirstMarkup(String text) throws FeedParseException {
        int declaration = text.indexOf("<?xml");
        if (declaration >= 0) {
            int end = text.indexOf("?>", declaration);
            if (end >= 0) {
                return lineBreaksOf(text.substring(0, end + 2)) + text.substring(end + 2);
            }
        }
        String stripped = text.stripLeading();
        if (stripped.startsWith("<")) {
            return lineBreaksOf(text.substring(0, text.length() - stripped.length())) + stripped;
        }
        Matcher root = FEED_ROOT.matcher(text);
        if (root.find()) {
            return lineBreaksOf(text.substring(0, root.start())) + text.substring(root.start());
        }
        throw new FeedParseException("not a feed: neither XML nor JSON (starts with \"" + snippet(stripped) + "\")");
    }

    private static int miscEnd(String xml) {
        Matcher m = LEADING_MISC.matcher(xml);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Removes the DOCTYPE at the start of {@code text}, with its internal subset. */
    private static String withoutDoctype(String text) throws FeedParseException {
        int end = doctypeEnd(text);
        return lineBreaksOf(text.substring(0, end)) + text.substring(end);
    }

    /** The end of a DOCTYPE: its closing {@code >}, skipping quoted strings and the internal subset. */
    private static int doctypeEnd(String text) throws FeedParseException {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        throw new FeedParseException("XML is not well-formed: unterminated DOCTYPE");
    }

    /** Removes what XML 1.0 forbids: C0 controls other than tab and line breaks, U+FFFE/F, lone surrogates. */
    private static String withoutIllegalCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                legal = true;
                width = 2;
            } else {
                legal = c == '\t' || c == '\n' || c == '\r'
                        || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            }
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (legal && out != null) {
                out.append(text, i, i + width);
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }

    private static String escapeReferences(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Matcher reference = REFERENCE.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<' && (text.startsWith("<![CDATA[", i) || text.startsWith("<!--", i))) {
                int end = text.indexOf(text.charAt(i + 2) == '[' ? "]]>" : "-->", i);
                int stop = end < 0 ? text.length() : end + 3;
                out.append(text, i, stop);
                i = stop;
            } else if (c == '&') {
                i = appendReference(text, i, reference, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Appends the reference at {@code i} in a form XML accepts and returns the index after it. */
    private static int appendReference(String text, int i, Matcher reference, StringBuilder out) {
        reference.region(i, text.length());
        if (!reference.lookingAt()) {
            out.append("&amp;");
            return i + 1;
        }
        String name = reference.group(3);
        if (name == null) {
            int codePoint = reference.group(1) != null
                    ? Integer.parseInt(reference.group(1))
                    : Integer.parseInt(reference.group(2), 16);
            if (C1Controls.isC1(codePoint)) {
                out.append("&#").append(C1Controls.repaired(codePoint)).append(';');
            } else if (isXmlCharacter(codePoint)) {
                out.append(reference.group());
            }
        } else if (isXmlEntity(name)) {
            out.append(reference.group());
        } else if (Entities.isNamedEntity(name)) {
            out.append(escapeText(Entities.getByName(name)));
        } else {
            out.append("&amp;").append(name).append(';');
        }
        return reference.end();
    }

    private static boolean isXmlEntity(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private static boolean isXmlCharacter(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String lineBreaksOf(String removed) {
        return "\n".repeat((int) removed.chars().filter(ch -> ch == '\n').count());
    }

    private static String snippet(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
