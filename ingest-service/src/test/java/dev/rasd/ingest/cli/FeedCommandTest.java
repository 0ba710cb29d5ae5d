package dev.rasd.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.ingest.publish.ArticleId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source) {
        return run(source, null);
    }

    private int run(String source, ZoneId zone) {
        return FeedCommand.run(source, zone, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void printsOneJsonObjectPerItem(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://example.com/</link>
                <item><guid>g1</guid><link>https://example.com/a?utm_source=rss</link><title>أ</title>
                  <description>ملخص</description><pubDate>Tue, 23 Feb 2021 17:42:00 +0300</pubDate><author>كاتب</author></item>
                <item><guid>g2</guid><link>https://example.com/b</link><title>ب</title><pubDate>2021-02-23 10:00</pubDate></item>
                </channel></rss>""");

        int code = run(feed.toString(), ZoneId.of("Asia/Riyadh"));

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("guid").asText()).isEqualTo("g1");
        assertThat(first.get("url").asText()).isEqualTo("https://example.com/a?utm_source=rss");
        assertThat(first.get("id").asText()).hasSize(32);
        assertThat(first.get("publishedAt").asText()).isEqualTo("2021-02-23T14:42:00Z");
        assertThat(first.get("summary").asText()).isEqualTo("ملخص");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("url").asText()).isEqualTo("https://example.com/b");
        assertThat(second.get("publishedAt").asText()).isEqualTo("2021-02-23T07:00:00Z");
        assertThat(second.get("author").isNull()).isTrue();
    }

    @Test
    void printsAnItemWithoutLinkWithTheIdOfItsTextAndItsContentAsSummary(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("ticker.xml");
        Files.writeString(feed, """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>عاجل</title>
                <item><title>عاجل</title><content:encoded><![CDATA[<p>انفجار <script>x()</script>قرب الميناء</p>]]></content:encoded></item>
                </channel></rss>""");

        assertThat(run(feed.toString())).isZero();

        JsonNode item = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(item.get("url").isNull()).isTrue();
        assertThat(item.get("guid").isNull()).isTrue();
        assertThat(item.get("summary").asText()).isEqualTo("انفجار قرب الميناء");
        assertThat(item.get("id").asText()).isEqualTo(ArticleId.ofFeedItem(feed.toString(), null, "عاجل",
                "انفجار قرب الميناء"));
        assertThat(err.size()).isZero();
    }

    @Test
    void nonFeedExitsWithTwo(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body>hello</body></html>");

        assertThat(run(page.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("not a feed");
        assertThat(out.size()).isZero();
    }

    @Test
    void missingFileExitsWithOne() {
        assertThat(run("/nonexistent/feed.xml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: cannot read");
    }
}
