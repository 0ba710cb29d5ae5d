package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.ingest.text.CharsetDetector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic single-byte feeds, declared rightly, wrongly or not at all, decode to the same text. */
class FeedEncodingTest {

    private static final String TITLE = "الرئيس يستقبل وزير الخارجية ويبحث معه العلاقات الثنائية";
    private static final String NEWSWIRE = new String(Fixtures.bytes("arabic-newswire.xml"), StandardCharsets.UTF_8)
            .replace('٥', '5').replace("٢٠٢٤", "2024").replace("١٠:٣٠", "10:30"); // digits exist in neither charset

    private static FeedItem firstItem(byte[] body, String contentType) throws FeedParseException {
        return FeedParser.parse(body, contentType, null, null).items().getFirst();
    }

    private static byte[] encoded(String charset, String declaration) {
        return (declaration + NEWSWIRE).getBytes(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{0} bytes, Content-Type {1}, declaration {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "windows-1256 | text/xml; charset=windows-1256 | none",
        "windows-1256 | none                           | <?xml version=\"1.0\" encoding=\"windows-1256\"?>",
        "windows-1256 | none                           | none",
        "windows-1256 | application/rss+xml; charset=UTF-8 | none",
        "windows-1256 | none                           | <?xml version=\"1.0\" encoding=\"utf-8\"?>",
        "windows-1256 | text/xml; charset=ISO-8859-1   | none",
        "windows-1256 | none                           | <?xml version='1.0' encoding='ISO-8859-1'?>",
        "windows-1256 | text/xml; charset=windows-1252 | none",
        "ISO-8859-6   | text/xml; charset=iso-8859-6   | none",
        "ISO-8859-6   | none                           | none",
        "ISO-8859-6   | text/xml; charset=utf-8        | none",
        "ISO-8859-6   | none                           | <?xml version=\"1.0\" encoding=\"windows-1256\"?>",
        "ISO-8859-6   | text/xml; charset=ISO-8859-1   | none",
        "UTF-8        | text/xml; charset=ISO-8859-1   | <?xml version=\"1.0\" encoding=\"windows-1256\"?>",
    })
    void decodesArabic(String bytesCharset, String contentType, String declaration) throws Exception {
        FeedItem item = firstItem(encoded(bytesCharset, declaration == null ? "" : declaration), contentType);

        assertThat(item.title()).isEqualTo(TITLE);
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-03-05T10:30:00Z"));
    }

    @Test
    void decodesARealWindows1256FileServedAsLatin1() throws Exception {
        FeedItem item = firstItem(Fixtures.bytes("sana-windows-1256.xml"), "text/xml; charset=ISO-8859-1");

        assertThat(item.title()).isEqualTo(TITLE);
    }

    @Test
    void keepsADeclaredLatinCharsetForLatinText() throws Exception {
        String french = "<rss version=\"2.0\"><channel><title>Actualités</title><item><title>Élection à Tunis : "
                + "l’économie au cœur du débat</title><link>https://example.tn/1</link></item></channel></rss>";

        FeedItem item = firstItem(french.getBytes(Charset.forName("windows-1252")), "text/xml; charset=windows-1252");

        assertThat(item.title()).isEqualTo("Élection à Tunis : l’économie au cœur du débat");
    }

    @Test
    void fallsBackToWindows1252ForUndeclaredLatinText() throws Exception {
        String french = "<rss version=\"2.0\"><channel><item><title>Dépêche du Maroc</title>"
                + "<link>https://example.ma/1</link></item></channel></rss>";

        assertThat(firstItem(french.getBytes(StandardCharsets.ISO_8859_1), null).title()).isEqualTo("Dépêche du Maroc");
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, 239 187 191", "UTF-16BE, 254 255", "UTF-16LE, 255 254"})
    void aByteOrderMarkWinsOverADeclaration(String charset, String mark) throws Exception {
        byte[] text = ("<?xml version=\"1.0\" encoding=\"windows-1256\"?>" + NEWSWIRE).getBytes(Charset.forName(charset));
        String[] markBytes = mark.split(" ");
        byte[] body = new byte[markBytes.length + text.length];
        for (int i = 0; i < markBytes.length; i++) {
            body[i] = (byte) Integer.parseInt(markBytes[i]);
        }
        System.arraycopy(text, 0, body, markBytes.length, text.length);

        assertThat(firstItem(body, "text/xml; charset=ISO-8859-1").title()).isEqualTo(TITLE);
    }

    @Test
    void readsUtf16WithoutAByteOrderMark() throws Exception {
        assertThat(firstItem(NEWSWIRE.getBytes(StandardCharsets.UTF_16LE), null).title()).isEqualTo(TITLE);
    }

    @Test
    void choosesTheDecodingWithMoreArabicLetters() {
        byte[] windows1256 = TITLE.getBytes(CharsetDetector.WINDOWS_1256);

        assertThat(CharsetDetector.decode(windows1256, null, CharsetDetector.Syntax.XML).charset()).isEqualTo(CharsetDetector.WINDOWS_1256);
        assertThat(CharsetDetector.decode(TITLE.getBytes(CharsetDetector.ISO_8859_6), null, CharsetDetector.Syntax.XML).charset())
                .isEqualTo(CharsetDetector.ISO_8859_6);
        assertThat(CharsetDetector.arabicShare(new String(windows1256, StandardCharsets.ISO_8859_1))).isZero();
        assertThat(CharsetDetector.arabicShare(TITLE)).isEqualTo(1.0);
    }
}
