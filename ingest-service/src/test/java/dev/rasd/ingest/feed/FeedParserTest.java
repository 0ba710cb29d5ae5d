package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI ALJAZEERA = URI.create("https://www.aljazeera.net/aljazeerarss/all");

    private static ParsedFeed parse(String fixture, URI base) throws FeedParseException {
        return FeedParser.parse(Fixtures.bytes(fixture), "application/rss+xml", base, null);
    }

    private static ParsedFeed parseText(String xml) throws FeedParseException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://example.com/feed"),
                null);
    }

    @Test
    void readsRss2ChannelAndHints() throws Exception {
        ParsedFeed feed = parse("rss2-full.xml", ALJAZEERA);

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("الجزيرة نت - آخر الأخبار");
        assertThat(feed.siteUrl()).hasToString("https://www.aljazeera.net/");
        assertThat(feed.hints()).isEqualTo(new FeedHints(15, "hourly", 4));
        assertThat(feed.items()).hasSize(3);
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void readsRss2ItemWithFullContentAndMedia() throws Exception {
        FeedItem item = parse("rss2-full.xml", ALJAZEERA).items().getFirst();

        assertThat(item.guid()).isEqualTo("aj-2773491");
        assertThat(item.url()).hasToString("https://www.aljazeera.net/news/2024/3/5/arab-summit-cairo");
        assertThat(item.title()).isEqualTo("قمة عربية طارئة في القاهرة لبحث الأوضاع في غزة");
        assertThat(item.summary()).isEqualTo("يجتمع القادة العرب اليوم في القاهرة…");
        assertThat(item.contentHtml()).isEqualTo("<p>يجتمع القادة العرب اليوم في القاهرة.</p><p>الفقرة الثانية.</p>");
        assertThat(item.author()).isEqualTo("مراسل الجزيرة");
        assertThat(item.categories()).containsExactly("سياسة", "مصر");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-03-05T11:30:00Z"));
        assertThat(item.updatedAt()).isNull();
        assertThat(item.imageUrl()).hasToString("https://www.aljazeera.net/wp-content/uploads/2024/03/summit.jpg");
    }

    @Test
    void usesAPermalinkGuidAsUrlAndAnImageEnclosure() throws Exception {
        FeedItem item = parse("rss2-full.xml", ALJAZEERA).items().get(1);

        assertThat(item.url()).hasToString("https://www.aljazeera.net/ebusiness/2024/3/5/oil-prices");
        assertThat(item.guid()).isEqualTo("https://www.aljazeera.net/ebusiness/2024/3/5/oil-prices");
        assertThat(item.contentHtml()).isNull();
        assertThat(item.author()).isEqualTo("economy@aljazeera.net (قسم الاقتصاد)");
        assertThat(item.imageUrl()).hasToString("https://www.aljazeera.net/images/oil.png");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:05:00Z"));
    }

    @Test
    void neverUsesAGuidThatIsNotAPermalinkAsUrl() throws Exception {
        FeedItem item = parse("rss2-full.xml", ALJAZEERA).items().get(2);

        assertThat(item.url()).isNull();
        assertThat(item.guid()).isEqualTo("https://www.aljazeera.net/not-a-permalink/42");
        assertThat(item.imageUrl()).hasToString("https://www.aljazeera.net/images/group-thumb.jpg");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-03-05T22:15:00Z"));
    }

    @Test
    void readsLocalDatesInTheFeedZone() throws Exception {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("rss2-full.xml"), null, ALJAZEERA, ZoneId.of("Asia/Qatar"));

        assertThat(feed.items().get(2).publishedAt()).isEqualTo(Instant.parse("2024-03-05T19:15:00Z"));
        assertThat(feed.items().getFirst().publishedAt()).isEqualTo(Instant.parse("2024-03-05T11:30:00Z"));
    }

    @Test
    void readsRss1Rdf() throws Exception {
        ParsedFeed feed = parse("rss1-dw.rdf", null);

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.title()).isEqualTo("DW | عربية");
        assertThat(feed.hints().suggestedInterval()).contains(Duration.ofMinutes(30));
        assertThat(feed.items()).extracting(FeedItem::url).extracting(URI::toString)
                .containsExactly("https://www.dw.com/ar/a-68412345", "https://www.dw.com/ar/a-68412346");
        assertThat(feed.items()).extracting(FeedItem::publishedAt).containsExactly(
                Instant.parse("2024-03-05T12:00:00Z"), Instant.parse("2024-03-05T13:45:10Z"));
        assertThat(feed.items().getFirst().categories()).containsExactly("سياسة");
    }

    @Test
    void readsRss091WithNetscapeDoctypeAndHtmlEntities() throws Exception {
        ParsedFeed feed = parse("rss091-netscape.xml", null);

        assertThat(feed.format()).isEqualTo("rss_0.91U");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("L’économie marocaine « résiste »…");
            assertThat(item.summary()).isEqualTo("Croissance & emploi — les chiffres.");
            assertThat(item.url()).hasToString("http://www.example-maghreb.ma/eco/1234.html");
        });
    }

    @Test
    void readsAtom10ResolvingXmlBase() throws Exception {
        ParsedFeed feed = parse("atom10-xmlbase.xml", URI.create("https://feeds.example.net/ia.xml"));

        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.siteUrl()).hasToString("https://www.independentarabia.com/");
        FeedItem report = feed.items().getFirst();
        assertThat(report.url()).hasToString("https://www.independentarabia.com/node/552301/اقتصاد/تقرير-خاص");
        assertThat(report.guid()).isEqualTo("tag:independentarabia.com,2024:552301");
        assertThat(report.title()).isEqualTo("تقرير خاص عن الاقتصاد السوداني");
        assertThat(report.summary()).isEqualTo("ملخص التقرير");
        assertThat(report.contentHtml()).isEqualTo("<p>النص الكامل للتقرير.</p>");
        assertThat(report.author()).isEqualTo("فريق التحرير");
        assertThat(report.categories()).containsExactly("اقتصاد");
        assertThat(report.imageUrl()).hasToString("https://static.independentarabia.com/img/552301.jpg");
        assertThat(report.publishedAt()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(report.updatedAt()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
    }

    @Test
    void usesTheUpdateTimeWhenAnAtomEntryHasNoPublicationTime() throws Exception {
        FeedItem item = parse("atom10-xmlbase.xml", null).items().get(1);

        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(item.contentHtml()).isEqualTo("سطر أول<br>\nسطر ثان &amp; ثالث");
    }

    @Test
    void readsAtom03() throws Exception {
        ParsedFeed feed = parse("atom03.xml", null);

        assertThat(feed.format()).isEqualTo("atom_0.3");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.url()).hasToString("http://old-blog.example.ps/2005/06/post.html");
            assertThat(item.publishedAt()).isEqualTo(Instant.parse("2005-06-01T09:00:00Z"));
            assertThat(item.updatedAt()).isEqualTo(Instant.parse("2005-06-02T08:00:00Z"));
            assertThat(item.summary()).isEqualTo("ملخص التدوينة");
        });
    }

    @Test
    void salvagesTheItemsBeforeATruncation() throws Exception {
        ParsedFeed feed = parse("broken-truncated.xml", null);

        assertThat(feed.items()).extracting(FeedItem::title).startsWith("الخبر الأول", "الخبر الثاني");
        assertThat(feed.items().get(1).publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        assertThat(feed.warnings()).singleElement().asString()
                .startsWith("XML is not well-formed at line ").endsWith("(salvaged with a lenient parse)");
    }

    @Test
    void keepsTheItemsAroundABrokenOne() throws Exception {
        ParsedFeed feed = parse("broken-middle-item.xml", null);

        assertThat(feed.items()).extracting(FeedItem::url).map(String::valueOf)
                .contains("https://www.hespress.com/1", "https://www.hespress.com/3");
        assertThat(feed.warnings()).hasSize(1);
    }

    @Test
    void skipsJunkBeforeTheXmlDeclaration() throws Exception {
        ParsedFeed feed = parse("junk-before-prolog.xml", null);

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("خبر بعد التحذير", "خبر & آخر");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void repairsEntitiesAndControlCharacters() throws Exception {
        ParsedFeed feed = parse("entities-and-controls.xml", null);

        assertThat(feed.title()).isEqualTo("Tom & Jerry News");
        FeedItem item = feed.items().getFirst();
        assertThat(item.title()).isEqualTo("أخبار لبنان » الجنوب … «عاجل» ’");
        assertThat(item.url()).hasToString("https://example.lb/?a=1&b=2");
        assertThat(item.summary()).isEqualTo("Q&A &unknownentity; – “quote” & <");
        assertThat(item.categories()).containsExactly("R&D");
    }

    @Test
    void neverExpandsExternalEntities() throws Exception {
        ParsedFeed feed = parse("xxe.xml", null);

        assertThat(feed.title()).isEqualTo("&xxe;");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("&xxe;");
    }

    @Test
    void readsABillionLaughsWithoutExpandingIt() throws Exception {
        assertThat(parse("billion-laughs.xml", null).title()).isEqualTo("&lol9;");
    }

    @Test
    void ignoresAnExternalDtdWithoutLoadingIt() throws Exception {
        ParsedFeed feed = parse("external-dtd.xml", null);

        assertThat(feed.title()).isEqualTo("External DTD");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("عنصر");
    }

    @Test
    void refusesAnHtmlPage() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("html-page.html"), "text/html; charset=utf-8",
                null, null)).hasMessage("not a feed: an HTML page");
    }

    @Test
    void refusesAnEmptyBody() {
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, null, null)).hasMessage("empty body");
        assertThatThrownBy(() -> parseText(" \n\t ")).hasMessage("empty body");
    }

    @Test
    void refusesTextThatIsNeitherXmlNorJson() {
        assertThatThrownBy(() -> parseText("Service Unavailable")).hasMessage(
                "not a feed: neither XML nor JSON (starts with \"Service Unavailable\")");
    }

    @Test
    void refusesXmlOfAnotherKind() {
        assertThatThrownBy(() -> parseText("<sitemap><url>https://example.com/</url></sitemap>"))
                .hasMessage("not a feed: unknown root element <sitemap>");
    }

    @Test
    void reportsWhereXmlThatCannotBeSalvagedIsBroken() {
        assertThatThrownBy(() -> parseText("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel></rss"))
                .isInstanceOf(FeedParseException.class)
                .message().startsWith("XML is not well-formed at line 3: ");
    }

    @Test
    void movesItemsOutsideTheChannelIntoIt() throws Exception {
        ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><title>t</title></channel>"
                + "<item><title>stray</title><link>/stray</link></item></rss>");

        assertThat(feed.items()).extracting(FeedItem::url).map(String::valueOf)
                .containsExactly("https://example.com/stray");
    }

    @Test
    void keepsItemsWithNeitherLinkNorGuid() throws Exception {
        ParsedFeed feed = parse("breaking-ticker.xml", null);

        assertThat(feed.items()).extracting(FeedItem::title)
                .containsExactly("عاجل", "عاجل", "وزير الخارجية يصل إلى الرياض في زيارة رسمية");
        assertThat(feed.items()).allSatisfy(item -> {
            assertThat(item.url()).isNull();
            assertThat(item.guid()).isNull();
        });
        assertThat(feed.items().getFirst().summary()).isEqualTo("انفجار قرب ميناء بيروت وأنباء عن إصابات");
        assertThat(feed.items().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-11-03T09:15:00Z"));
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void keepsTheFirstOfAnItemThatAppearsTwice() throws Exception {
        ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>new</title><guid>g1</guid><description>edited</description></item>"
                + "<item><title>ticker</title><description>text</description></item>"
                + "<item><title>old</title><guid>g1</guid><description>first</description></item>"
                + "<item><title>ticker</title><description>text</description></item>"
                + "<item><title>ticker</title><description>other text</description></item></channel></rss>");

        assertThat(feed.items()).extracting(FeedItem::title, FeedItem::summary).containsExactly(
                tuple("new", "edited"), tuple("ticker", "text"), tuple("ticker", "other text"));
        assertThat(feed.warnings()).containsExactly("item 3 skipped: it repeats an earlier item",
                "item 4 skipped: it repeats an earlier item");
    }

    @Test
    void readsEveryItemOfAFeedWithinTheSizeLimit() throws Exception {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>archive</title>");
        for (int i = 1; i <= 5_000; i++) {
            xml.append("<item><link>https://example.com/").append(i).append("</link></item>");
        }
        ParsedFeed feed = parseText(xml.append("</channel></rss>").toString());

        assertThat(feed.items()).hasSize(5_000);
        assertThat(feed.items().getLast().url()).hasToString("https://example.com/5000");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void readsAFeedAfterAnXhtmlDoctype() throws Exception {
        ParsedFeed feed = parseText("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html PUBLIC "
                + "\"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
                + "\n<!-- generated -->\n<rss version=\"2.0\"><channel><title>نشرة</title>"
                + "<item><title>خبر</title><link>https://example.com/1</link></item></channel></rss>");

        assertThat(feed.title()).isEqualTo("نشرة");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("خبر");
    }

    @Test
    void stillRefusesAnHtmlPageAfterItsDoctype() {
        assertThatThrownBy(() -> parseText("<!DOCTYPE html>\n<!-- x -->\n<html><head><title>t</title></head></html>"))
                .hasMessage("not a feed: an HTML page");
    }

    @Test
    void readsAFeedWhoseDoctypeDeclaresEntitiesWithoutExpandingThem() throws Exception {
        ParsedFeed feed = parseText("<!DOCTYPE rss [\n<!ENTITY agency \"وكالة الأنباء\">\n<!ENTITY nbsp \"&#160;\">\n]>"
                + "<rss version=\"2.0\"><channel><item><title>&agency; تفيد&nbsp;بأن</title>"
                + "<guid isPermaLink=\"false\">wire-1</guid></item></channel></rss>");

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("&agency; تفيد بأن");
            assertThat(item.guid()).isEqualTo("wire-1");
        });
    }

    @Test
    void keepsTheTextOfContentAndDropsWhatSanitisingRemoves() throws Exception {
        ParsedFeed feed = parseText("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><item><content:encoded><![CDATA[<p onclick=\"steal()\">كلام <script>alert(1)</script>"
                + "<style>p{}</style><object data=\"x.swf\"></object>الوزير</p>]]></content:encoded></item>"
                + "<item><body xmlns=\"http://www.w3.org/1999/xhtml\">safe<script>location.href='x'</script> text</body>"
                + "</item><item><fullitem>full&lt;applet code=\"a.class\"&gt;&lt;/applet&gt; item</fullitem></item>"
                + "</channel></rss>");

        assertThat(feed.items()).extracting(FeedItem::summaryOrContentText)
                .containsExactly("كلام الوزير", "safe text", "full item");
    }

    @Test
    void readsAtomWrittenWithoutItsNamespaceAndRssWithoutAChannel() throws Exception {
        assertThat(parseText("<feed><entry><id>e1</id><title>ذرة</title></entry></feed>").items())
                .extracting(FeedItem::guid, FeedItem::title).containsExactly(tuple("e1", "ذرة"));
        assertThat(parseText("<rss><item><title>بلا قناة</title></item></rss>").items())
                .extracting(FeedItem::title).containsExactly("بلا قناة");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] body = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel>"
                + "<title>نشرة</title></channel></rss>").getBytes(StandardCharsets.UTF_16LE);

        assertThat(FeedParser.parse(body, null, null, null).title()).isEqualTo("نشرة");
    }

    @Test
    void keepsTheTextAfterAnElementWrittenSelfClosed() throws Exception {
        ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><item><description>أول&lt;iframe src=\"https://x.example/\" /&gt; "
                + "ثان&lt;script src=\"t.js\"/&gt; ثالث</description></item>"
                + "<item><body>safe<iframe src=\"https://x.example/\" /> text</body></item></channel></rss>");

        assertThat(feed.items()).extracting(FeedItem::summaryOrContentText).containsExactly("أول ثان ثالث", "safe text");
    }

    @Test
    void readsDublinCoreAndItunesFieldsRomeLeavesUnmapped() throws Exception {
        ParsedFeed feed = parseText("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:itunes=\"http://www.itunes.com/DTDs/Podcast-1.0.dtd\"><channel>"
                + "<item><dc:title>عنوان</dc:title><dc:author>محرر</dc:author></item>"
                + "<item><title>حلقة</title><itunes:author>مقدم</itunes:author><itunes:summary>ملخص</itunes:summary></item>"
                + "</channel></rss>");

        assertThat(feed.items()).extracting(FeedItem::title, FeedItem::author, FeedItem::summary)
                .containsExactly(tuple("عنوان", "محرر", null), tuple("حلقة", "مقدم", "ملخص"));
    }

    @Test
    void decodesAtomTextWrittenInBase64() throws Exception {
        String encoded = "2K7YqNixIDxiPti52KfYrNmEPC9i\n  Pg==";
        ParsedFeed atom10 = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id>"
                + "<summary type=\"application/octet-stream\">\n  " + encoded + "\n</summary></entry></feed>");
        ParsedFeed atom03 = parseText("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><id>1</id>"
                + "<title mode=\"base64\">\n  " + encoded + "\n</title></entry></feed>");

        assertThat(atom10.items().getFirst().summary()).isEqualTo("خبر عاجل");
        assertThat(atom03.items().getFirst().title()).isEqualTo("خبر عاجل");
    }
}
