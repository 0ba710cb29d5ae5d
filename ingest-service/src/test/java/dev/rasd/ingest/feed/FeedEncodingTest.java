package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.ingest.text.CharsetDetector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic single-byte feeds, declared rightly, wrongly or not at all, decode to the same text; so do feeds in other
 * legacy charsets that nothing declares, and windows-1252 text read as Latin-1.
 */
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

    @ParameterizedTest(name = "{0} without a declaration")
    @CsvSource(delimiter = '|', value = {
        "windows-1255 | ראש הממשלה נפגש היום עם שר החוץ ודן איתו ביחסים בין שתי המדינות",
        "EUC-KR       | 대통령은 오늘 외교부 장관을 만나 두 나라의 관계에 대해 논의했다",
        "windows-1251 | Президент сегодня встретился с министром иностранных дел и обсудил отношения",
        "Shift_JIS    | 首相は本日外務大臣と会談し、両国の関係について協議した",
    })
    void detectsALegacyCharsetThatNothingDeclares(String charset, String title) throws Exception {
        String feed = "<rss version=\"2.0\"><channel><title>" + title + "</title><item><title>" + title
                + "</title><description>" + title + " " + title + "</description></item></channel></rss>";

        FeedItem item = firstItem(feed.getBytes(Charset.forName(charset)), "application/rss+xml");

        assertThat(item.title()).isEqualTo(title);
    }

    @Test
    void readsWindows1252PunctuationInAFeedDeclaredLatin1() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<item><title>Minister: \u201cwe don\u2019t negotiate\u201d \u2013 talks end</title></item>"
                + "</channel></rss>";

        FeedItem item = firstItem(feed.getBytes(Charset.forName("windows-1252")), null);

        assertThat(item.title()).isEqualTo("Minister: \u201cwe don\u2019t negotiate\u201d \u2013 talks end");
    }

    @Test
    void readsC1ControlsAndTheirReferencesAsWindows1252Characters() throws Exception {
        String feed = "<rss version=\"2.0\"><channel><item><title>don\u0092t</title><description>it&#146;s "
                + "&#x80;5 &#150; &#157;</description></item><item><title>second\u0085</title></item></channel></rss>";

        ParsedFeed parsed = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), null, null, null);

        assertThat(parsed.items()).extracting(FeedItem::title).containsExactly("don\u2019t", "second\u2026");
        assertThat(parsed.items().getFirst().summary()).isEqualTo("it\u2019s \u20ac5 \u2013 \u009d");
    }

    /** Three letters cannot tell windows-1256 from ISO-8859-6 (both read as Arabic): the commoner one is taken. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"مصر", "عاجل", "غزة"})
    void readsAShortUndeclaredWindows1256TitleThatIcuCannotPlace(String title) throws Exception {
        byte[] body = ("<rss><channel><item><title>" + title + "</title></item></channel></rss>")
                .getBytes(CharsetDetector.WINDOWS_1256);

        assertThat(firstItem(body, null).title()).isEqualTo(title);
    }
}
