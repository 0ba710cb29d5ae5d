package dev.rasd.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JsonFeedTest {

    private static final URI FEED_URL = URI.create("https://news.example.jo/feed.json");

    private static ParsedFeed parse(String json) throws FeedParseException {
        return FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json", FEED_URL, null);
    }

    @Test
    void readsJsonFeed11() throws Exception {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("jsonfeed-1.1.json"), "application/feed+json", FEED_URL,
                ZoneId.of("Asia/Amman"));

        assertThat(feed.format()).isEqualTo("json_1.1");
        assertThat(feed.title()).isEqualTo("نشرة الأخبار");
        assertThat(feed.siteUrl()).hasToString("https://news.example.jo/");
        assertThat(feed.hints()).isEqualTo(FeedHints.NONE);
        FeedItem budget = feed.items().getFirst();
        assertThat(budget.guid()).isEqualTo("2024-0305-1");
        assertThat(budget.url()).hasToString("https://news.example.jo/2024/03/05/budget");
        assertThat(budget.summary()).isEqualTo("أقرت الحكومة الموازنة العامة للعام الجديد.");
        assertThat(budget.contentHtml()).isEqualTo("<p>أقرت الحكومة الموازنة العامة.</p>");
        assertThat(budget.author()).isEqualTo("أحمد الخطيب");
        assertThat(budget.categories()).containsExactly("اقتصاد", "الموازنة");
        assertThat(budget.imageUrl()).hasToString("https://news.example.jo/img/budget.jpg");
        assertThat(budget.publishedAt()).isEqualTo(Instant.parse("2024-03-05T06:15:00Z"));
        assertThat(budget.updatedAt()).isEqualTo(Instant.parse("2024-03-05T07:00:00Z"));
    }

    @Test
    void keepsEveryItemAndSkipsWhatIsNoItem() throws Exception {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("jsonfeed-1.1.json"), null, FEED_URL, ZoneId.of("Asia/Amman"));

        assertThat(feed.items()).extracting(FeedItem::guid).containsExactly("2024-0305-1", "42", null);
        assertThat(feed.items().getLast().title()).isEqualTo("عنصر بلا معرف ولا رابط");
        FeedItem textOnly = feed.items().get(1);
        assertThat(textOnly.url()).isNull();
        assertThat(textOnly.contentHtml()).isEqualTo("نص بلا رابط<br>\nسطر ثان");
        assertThat(textOnly.imageUrl()).hasToString("https://news.example.jo/img/42.png");
        assertThat(textOnly.publishedAt()).isEqualTo(Instant.parse("2024-03-05T07:00:00Z")); // Jordan keeps +03:00
        assertThat(feed.warnings()).containsExactly("item 2 skipped: not an object");
    }

    @Test
    void readsJsonFeed10() throws Exception {
        ParsedFeed feed = FeedParser.parse(Fixtures.bytes("jsonfeed-1.0.json"), null, null, null);

        assertThat(feed.format()).isEqualTo("json_1");
        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.author()).isEqualTo("Sami");
            assertThat(item.contentHtml()).isEqualTo("Plain &lt;text&gt;");
        });
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
        assertThatThrownBy(() -> parse("{\"status\": \"ok\", \"articles\": []}"))
                .hasMessage("not a feed: JSON without version https://jsonfeed.org/version/…");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("not a feed: a JSON array");
    }

    @Test
    void reportsWhereJsonIsBroken() {
        assertThatThrownBy(() -> parse("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"items\": [,]\n}"))
                .isInstanceOf(FeedParseException.class)
                .message().startsWith("JSON is not well-formed at line 3: ");
    }

    @Test
    void readsEveryItemOfALongFeed() throws Exception {
        StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\"}");
        }
        ParsedFeed feed = parse(json.append("]}").toString());

        assertThat(feed.items()).hasSize(5_000);
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void keepsAnItemWithNeitherIdNorUrl() throws Exception {
        ParsedFeed feed = parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":["
                + "{\"title\":\"عاجل\",\"content_text\":\"انفجار في الميناء\"}, 7]}");

        assertThat(feed.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isNull();
            assertThat(item.url()).isNull();
            assertThat(item.title()).isEqualTo("عاجل");
        });
        assertThat(feed.warnings()).containsExactly("item 2 skipped: not an object");
    }
}
