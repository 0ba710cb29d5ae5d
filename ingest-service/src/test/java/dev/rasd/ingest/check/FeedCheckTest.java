package dev.rasd.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Feed;
import dev.rasd.ingest.check.FeedCheck.Status;
import dev.rasd.ingest.fetch.FetchException;
import dev.rasd.ingest.fetch.FetchResponse;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedCheckTest {

    private static final URI URL = URI.create("https://news.example/rss");
    private static final Feed FEED = Feed.of("news", "أخبار", "https://news.example", URL.toString(), "EG", "ar",
            "Africa/Cairo", true);

    private static FetchResponse answer(int status, String contentType, byte[] body, URI movedTo) {
        return new FetchResponse(status, URL, body, contentType, null, null, null, null, movedTo);
    }

    private static FetchResponse answer(int status, String contentType, String body) {
        return answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void aFeedIsOkWithItsItemCountNewestDateAndEncoding() {
        FeedCheck check = FeedCheck.of(FEED, answer(200, "application/rss+xml; charset=utf-8", """
                <rss version="2.0"><channel><title>t</title>
                <item><link>https://news.example/1</link><title>أ</title><pubDate>2026-05-01 10:00</pubDate></item>
                <item><link>https://news.example/2</link><title>ب</title>
                  <pubDate>Fri, 01 May 2026 12:30:00 +0000</pubDate></item>
                </channel></rss>"""));

        // the first date has no offset: read in Cairo time, it is still the older one
        assertThat(check).isEqualTo(new FeedCheck("news", true, Status.OK, 200, 2,
                Instant.parse("2026-05-01T12:30:00Z"), "UTF-8", null));
        assertThat(check.failsTheCheck()).isFalse();
    }

    @Test
    void aFeedWhoseItemsHaveNoDatesIsOkWithANote() {
        FeedCheck check = FeedCheck.of(FEED, answer(200, "text/xml", """
                <rss version="2.0"><channel><title>t</title>
                <item><link>https://news.example/1</link><title>أ</title></item></channel></rss>"""));

        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.newest()).isNull();
        assertThat(check.error()).isEqualTo("no item has a date");
    }

    @Test
    void aFeedThatMovedPermanentlySaysWhereTo() {
        URI moved = URI.create("https://news.example/feed/");
        FeedCheck check = FeedCheck.of(FEED, answer(200, "application/atom+xml",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>"
                        .getBytes(StandardCharsets.UTF_8), moved));

        assertThat(check.status()).isEqualTo(Status.OK);
        assertThat(check.error()).isEqualTo("moved permanently to https://news.example/feed/; no items");
    }

    @Test
    void anHtmlPageIsNotAFeedAndSaysWhy() {
        byte[] page = "<html><head><title>الرئيسية</title></head><body>مرحبا</body></html>"
                .getBytes(Charset.forName("windows-1256"));

        FeedCheck check = FeedCheck.of(FEED, answer(200, "text/html; charset=windows-1256", page, null));

        assertThat(check.status()).isEqualTo(Status.NOT_A_FEED);
        assertThat(check.httpStatus()).isEqualTo(200);
        assertThat(check.encoding()).isEqualTo("windows-1256");
        assertThat(check.error()).contains("not a feed");
        assertThat(check.failsTheCheck()).isTrue();
    }

    @Test
    void aNonSuccessAnswerIsAnHttpErrorWithItsStatus() {
        FeedCheck check = FeedCheck.of(FEED, answer(403, "text/html", "<html>Access denied</html>"));

        assertThat(check).isEqualTo(new FeedCheck("news", true, Status.HTTP_ERROR, 403, 0, null, null,
                "HTTP 403 from https://news.example/rss"));
    }

    @Test
    void aFetchWithoutAnswerFailsWithItsMessageOnOneLine() {
        FeedCheck check = FeedCheck.of(FEED, new FetchException(FetchException.Reason.NETWORK,
                "https://news.example/rss: Connection refused\n  at somewhere"));

        assertThat(check).isEqualTo(new FeedCheck("news", true, Status.FAILED, null, 0, null, null,
                "https://news.example/rss: Connection refused at somewhere"));
    }

    @Test
    void aDisabledFeedThatFailsDoesNotFailTheCheck() {
        FeedCheck check = FeedCheck.of(FEED.withEnabled(false), answer(404, "text/plain", "not found"));

        assertThat(check.status()).isEqualTo(Status.HTTP_ERROR);
        assertThat(check.failsTheCheck()).isFalse();
    }
}
