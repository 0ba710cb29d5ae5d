package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.DateSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");
    private static final URI PLAIN_URL = URI.create("https://news.example.lb/article?id=42");
    private static final String BODY = "<p>" + "نص الخبر كما نشره الموقع في صفحته، ".repeat(8) + "</p>";

    private static ExtractedArticle extract(String head, String body, URI url, ZoneId zone) {
        String page = "<html><head>" + head + "</head><body>" + body + BODY + "</body></html>";
        return ArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", url, zone, NOW);
    }

    private static ExtractedArticle extract(String head, String body) {
        return extract(head, body, PLAIN_URL, BEIRUT);
    }

    @Test
    void jsonLdDatePublishedInAGraphComesFirst() {
        ExtractedArticle article = extract("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"x"},
                  {"@type":"NewsArticle","headline":"h","datePublished":"2024-05-20T08:15:00+03:00"}]}</script>
                <meta property="article:published_time" content="2024-05-19T00:00:00Z">""",
                "<article><time datetime=\"2024-05-18T00:00:00Z\"></time></article>");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-20T05:15:00Z"));
        assertThat(article.dateSource()).isEqualTo(DateSource.JSON_LD);
    }

    @Test
    void jsonLdDateGivenAsAnArrayOrOnTheGraphsWebPageIsRead() {
        ExtractedArticle array = extract("""
                <script type="application/ld+json">[{"@type":"NewsArticle","headline":"h",
                  "datePublished":["2024-05-20T08:15:00Z","2024-05-21T08:15:00Z"]}]</script>""", "");
        ExtractedArticle onWebPage = extract("""
                <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-05-22T10:00:00Z"},
                  {"@type":"Article","headline":"h"}]}</script>""", "");

        assertThat(array.publishedAt()).isEqualTo(Instant.parse("2024-05-20T08:15:00Z"));
        assertThat(onWebPage.publishedAt()).isEqualTo(Instant.parse("2024-05-22T10:00:00Z"));
        assertThat(onWebPage.dateSource()).isEqualTo(DateSource.JSON_LD);
    }

    @Test
    void naiveLocalTimeIsReadInTheFeedsZoneNotUtc() {
        ExtractedArticle article = extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-20 09:30:00"}</script>""",
                "");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-20T06:30:00Z"));
    }

    @Test
    void everyMetaConventionGivesTheDate() {
        String[][] heads = {
            {"<meta property=\"article:published_time\" content=\"2024-05-01T10:00:00Z\">", "2024-05-01T10:00:00Z"},
            {"<meta property=\"og:published_time\" content=\"2024-05-02T10:00:00Z\">", "2024-05-02T10:00:00Z"},
            {"<meta name=\"parsely-pub-date\" content=\"2024-05-03T10:00:00Z\">", "2024-05-03T10:00:00Z"},
            {"<meta name=\"parsely-page\" content='{\"title\":\"t\",\"pub_date\":\"2024-05-04T10:00:00Z\"}'>",
                "2024-05-04T10:00:00Z"},
            {"<meta name=\"DC.date.issued\" content=\"2024-05-05T10:00:00+03:00\">", "2024-05-05T07:00:00Z"},
            {"<meta name=\"dcterms.created\" content=\"2024-05-06\">", "2024-05-05T21:00:00Z"},
            {"<meta itemprop=\"datePublished\" content=\"2024-05-07T10:00:00Z\">", "2024-05-07T10:00:00Z"},
        };
        for (String[] head : heads) {
            ExtractedArticle article = extract(head[0], "");

            assertThat(article.publishedAt()).as(head[0]).isEqualTo(Instant.parse(head[1]));
            assertThat(article.dateSource()).as(head[0]).isEqualTo(DateSource.META);
        }
    }

    @Test
    void timeElementInTheArticleHeaderGivesTheDate() {
        ExtractedArticle article = extract("", """
                <aside><time datetime="2020-01-01T00:00:00Z">قديم</time></aside>
                <article><header><h1>عنوان</h1><time datetime="2024-05-20T11:00:00+03:00">20 أيار</time></header>""");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-20T08:00:00Z"));
        assertThat(article.dateSource()).isEqualTo(DateSource.TIME_ELEMENT);
    }

    @Test
    void dateInTheUrlPathGivesTheDayInTheFeedsZone() {
        ExtractedArticle slashes = extract("", "", URI.create("https://www.example.com/news/2024/05/20/story"), BEIRUT);
        ExtractedArticle monthName = extract("", "", URI.create("https://www.example.com/stories/2019/nov/19/x/"), null);
        ExtractedArticle compact = extract("", "", URI.create("https://www.example.com/20240521/x.html"), null);

        assertThat(slashes.publishedAt()).isEqualTo(Instant.parse("2024-05-19T21:00:00Z"));
        assertThat(slashes.dateSource()).isEqualTo(DateSource.URL_PATH);
        assertThat(monthName.publishedAt()).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(compact.publishedAt()).isEqualTo(Instant.parse("2024-05-21T00:00:00Z"));
    }

    @Test
    void levantineMonthNameWithArabicIndicDigitsInTheBylineGivesTheDate() {
        ExtractedArticle article = extract("", """
                <article><div class="article-info"><span class="writer">بيروت - ليلى الخطيب</span>
                <span class="date">نشر في: ١٢ كانون الثاني ٢٠٢٤ - ١٠:٣٠ ص</span></div>""");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-01-12T08:30:00Z"));
        assertThat(article.dateSource()).isEqualTo(DateSource.BYLINE);
    }

    @Test
    void egyptianAndMaghrebiMonthNamesInTheBylineGiveTheDate() {
        ExtractedArticle egyptian = extract("", "<article><p class=\"post-date\">الإثنين 20 مايو 2024 09:15 م</p>",
                PLAIN_URL, ZoneId.of("Africa/Cairo"));
        ExtractedArticle maghrebi = extract("", "<article><div class=\"meta\">الأربعاء 03 جويلية 2023 - 14:05</div>",
                PLAIN_URL, ZoneId.of("Africa/Algiers"));
        ExtractedArticle persianDigits = extract("", "<article><span class=\"date\">۱۵ أفريل ۲۰۲۴</span>",
                PLAIN_URL, ZoneId.of("Africa/Tunis"));

        assertThat(egyptian.publishedAt()).isEqualTo(Instant.parse("2024-05-20T18:15:00Z"));
        assertThat(maghrebi.publishedAt()).isEqualTo(Instant.parse("2023-07-03T13:05:00Z"));
        assertThat(persianDigits.publishedAt()).isEqualTo(Instant.parse("2024-04-14T23:00:00Z"));
        assertThat(persianDigits.dateSource()).isEqualTo(DateSource.BYLINE);
    }

    @Test
    void dateInTheFutureOrBefore1995IsPassedOverForTheNextSource() {
        ExtractedArticle article = extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-01-01T00:00:00Z"}</script>
                <meta property="article:published_time" content="1970-01-01T00:00:00Z">""",
                "", URI.create("https://www.example.com/2024/05/20/x"), null);

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-20T00:00:00Z"));
        assertThat(article.dateSource()).isEqualTo(DateSource.URL_PATH);
    }

    @Test
    void dateWithinTheClockSkewAllowanceIsKept() {
        ExtractedArticle article = extract("<meta property=\"article:published_time\" content=\"2024-06-01T12:10:00Z\">",
                "");

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-06-01T12:10:00Z"));
    }

    @Test
    void pageWithoutAnyDateHasNone() {
        ExtractedArticle article = extract("", "<article><div class=\"meta\">3 تعليقات</div>");

        assertThat(article.publishedAt()).isNull();
        assertThat(article.dateSource()).isNull();
    }

    @Test
    void feedDateReplacesADateOnlyInferredFromTheUrlOrBylineButNotAStructuredOne() {
        Instant feedDate = Instant.parse("2024-05-20T09:41:00Z");
        ExtractedArticle fromUrl = extract("", "", URI.create("https://www.example.com/2024/05/20/x"), null);
        ExtractedArticle fromMeta = extract("<meta property=\"article:published_time\" content=\"2024-05-20T09:40:00Z\">",
                "");
        ExtractedArticle undated = extract("", "");

        assertThat(fromUrl.orFeedDate(feedDate).publishedAt()).isEqualTo(feedDate);
        assertThat(fromUrl.orFeedDate(feedDate).dateSource()).isEqualTo(DateSource.FEED);
        assertThat(fromMeta.orFeedDate(feedDate).dateSource()).isEqualTo(DateSource.META);
        assertThat(undated.orFeedDate(feedDate).dateSource()).isEqualTo(DateSource.FEED);
        assertThat(undated.orFeedDate(null).publishedAt()).isNull();
    }
}
