package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.contract.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final URI ALARABIYA = URI.create("https://www.alarabiya.net/arab-and-world/syria/2021/02/23/x");

    @Test
    void seedArticleComesWholeFromJsonLdWithThePagesParagraphs() throws IOException {
        List<String> seed = Files.readAllLines(Path.of("../seeds/000_34ebdda601602118.txt"), StandardCharsets.UTF_8);
        String title = seed.getFirst().strip();
        // the dump joins paragraphs with ".," and drops the full stop that ended each
        List<String> paragraphs = Arrays.stream(String.join("\n", seed.subList(1, seed.size())).strip().split("\\., "))
                .map(p -> p.endsWith(".") ? p : p + ".")
                .toList();

        ExtractedArticle article = extract("alarabiya-isis-coalition.html", "text/html; charset=utf-8", ALARABIYA);

        assertThat(article.extraction()).isEqualTo(Extraction.JSON_LD);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).isEqualTo(String.join("\n\n", paragraphs));
        assertThat(article.author()).isEqualTo("جوان سوز");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2021-02-23T14:42:00Z"));
        assertThat(article.imageUrl()).isEqualTo("https://vid.alarabiya.net/images/2021/02/23/coalition-syria.jpg");
        assertThat(article.canonicalUrl()).startsWith("https://www.alarabiya.net/arab-and-world/syria/2021/02/23/%D8");
    }

    @Test
    void chromeAroundTheArticleIsNotText() {
        ExtractedArticle article = extract("alarabiya-isis-coalition.html", "text/html", ALARABIYA);

        assertThat(article.text()).doesNotContain("واتساب", "نسخ الرابط", "فيسبوك", "مقالات ذات صلة", "قسد تعلن",
                "الأكثر قراءة", "googletag", "إعلان", "التعليقات", "جميع الحقوق", "العرب والعالم");
    }

    @Test
    void truncatedJsonLdBodyGivesWayToTheLongerPageText() {
        ExtractedArticle full = extract("alarabiya-isis-coalition.html", "text/html", ALARABIYA);

        ExtractedArticle article = extract("alarabiya-truncated-jsonld.html", "text/html", ALARABIYA);

        assertThat(article.extraction()).isEqualTo(Extraction.ARTICLE_BODY);
        assertThat(article.text()).isEqualTo(full.text());
    }

    @Test
    void pageWithoutJsonLdIsReadByHeuristics() {
        URI url = URI.create("https://news.example.ma/news/2021/03/02/morocco-covid?utm_source=rss");

        ExtractedArticle article = extract("heuristic-no-jsonld.html", null, url);

        assertThat(article.extraction()).isEqualTo(Extraction.ARTICLE_BODY);
        assertThat(article.text().split("\n\n")).hasSize(4);
        assertThat(article.text()).startsWith("أعلنت وزارة الصحة في المملكة المغربية")
                .endsWith("من أسرع الحملات في القارة الأفريقية.")
                .doesNotContain("اقرأ أيضاً", "شارك على", "غرد", "اشترك", "الفيضانات", "الرئيسية", "_paq");
        assertThat(article.title()).isEqualTo("انخفاض الإصابات بكورونا في المغرب - الأخبار");
        assertThat(article.author()).isEqualTo("سعيد الإدريسي");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://news.example.ma/news/2021/03/02/morocco-covid?ref_src=home");
    }

    @Test
    void ampPageNamesItsNonAmpCanonical() {
        URI amp = URI.create("https://www-example-news-jo.cdn.ampproject.org/c/s/www.example-news.jo/amp/local/1");

        ExtractedArticle article = extract("amp-page.html", "text/html", amp);

        assertThat(article.canonicalUrl())
                .isEqualTo("https://www.example-news.jo/local/2024/05/01/amman-transport-plan");
        assertThat(article.extraction()).isEqualTo(Extraction.ARTICLE_BODY);
        assertThat(article.text()).startsWith("قالت الحكومة الأردنية").contains("\n\nوأوضح وزير النقل");
        assertThat(article.author()).isEqualTo("ليلى الخطيب");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-01T06:30:00Z"));
        assertThat(article.imageUrl()).isEqualTo("https://www.example-news.jo/images/bus.jpg");
    }

    @Test
    void undeclaredWindows1256PageIsDecodedAsArabic() {
        ExtractedArticle article = extract("windows-1256-undeclared.html", "text/html",
                URI.create("http://old.example.lb/news.asp?id=7"));

        assertThat(article.title()).isEqualTo("الحكومة اللبنانية ماضية في الإصلاحات");
        assertThat(article.text()).startsWith("أكد رئيس الوزراء اللبناني").contains("خطة التعافي");
        assertThat(article.extraction()).isEqualTo(Extraction.ARTICLE_BODY);
    }

    @Test
    void pageWithOnlyOpenGraphTagsHasMetadataButNoText() {
        URI url = URI.create("https://video.example-news.eg/watch?v=98765&fbclid=abc");

        ExtractedArticle article = extract("og-only.html", "text/html", url);

        assertThat(article.hasText()).isFalse();
        assertThat(article.extraction()).isNull();
        assertThat(article.title()).isEqualTo("فيديو: لحظة وصول الوفد الرسمي إلى القاهرة");
        assertThat(article.imageUrl()).isEqualTo("https://video.example-news.eg/media/2024/06/delegation.jpg");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-06-02T17:15:00Z"));
        assertThat(article.author()).as("a profile link is not a byline").isNull();
        assertThat(article.canonicalUrl()).isEqualTo("https://video.example-news.eg/v/98765");
    }

    @Test
    void pageWithoutTextFallsBackToTheFeedContentThenTheSummaryThenTheDescription() {
        ExtractedArticle page = extract("og-only.html", "text/html", URI.create("https://video.example-news.eg/v/1"));

        ExtractedArticle withContent = page.orFeedText("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>", "ملخص");
        ExtractedArticle withSummary = page.orFeedText(null, "ملخص <b>الخبر</b>");
        ExtractedArticle withDescription = page.orFeedText(" ", null);

        assertThat(withContent.text()).isEqualTo("الفقرة الأولى\n\nالفقرة الثانية");
        assertThat(withContent.extraction()).isEqualTo(Extraction.FEED_CONTENT);
        assertThat(withSummary.text()).isEqualTo("ملخص الخبر");
        assertThat(withSummary.extraction()).isEqualTo(Extraction.SUMMARY_ONLY);
        assertThat(withDescription.text()).startsWith("وصل الوفد الرسمي");
        assertThat(withDescription.extraction()).isEqualTo(Extraction.SUMMARY_ONLY);
    }

    @Test
    void pageTextIsKeptOverTheFeedText() {
        ExtractedArticle page = extract("amp-page.html", "text/html", URI.create("https://www.example-news.jo/amp/1"));

        assertThat(page.orFeedText("<p>feed</p>", "summary")).isSameAs(page);
    }

    @Test
    void unfetchablePageTakesTheFeedSummary() {
        ExtractedArticle article = ExtractedArticle.unavailable("https://example.com/a").orFeedText(null, "ملخص");

        assertThat(article.text()).isEqualTo("ملخص");
        assertThat(article.extraction()).isEqualTo(Extraction.SUMMARY_ONLY);
        assertThat(article.url()).isEqualTo("https://example.com/a");
    }

    @Test
    void jsonLdBodyWithHtmlBecomesParagraphs() {
        String page = """
                <html><head><script type="application/ld+json">
                [{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"عنوان",
                  "articleBody":"<p>الفقرة الأولى من الخبر</p><p>الفقرة الثانية من الخبر</p>",
                  "author":"كاتب","image":"https://cdn.example.com/a.jpg"}]
                </script></head><body><p>short</p></body></html>""";

        ExtractedArticle article = ArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html",
                URI.create("https://example.com/a"));

        assertThat(article.text()).isEqualTo("الفقرة الأولى من الخبر\n\nالفقرة الثانية من الخبر");
        assertThat(article.extraction()).isEqualTo(Extraction.JSON_LD);
        assertThat(article.title()).isEqualTo("عنوان");
    }

    @Test
    void titleLosesTheSiteNameAndItsEntitiesAreDecoded() {
        String page = """
                <html><head><title>Chelsea activate &amp;#163;71.6m release clause | LinkNaija</title>
                <meta property="og:site_name" content="LinkNaija"></head><body></body></html>""";

        ExtractedArticle article = ArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html",
                URI.create("https://www.linknaija.com/2018/08/x.html"));

        assertThat(article.title()).isEqualTo("Chelsea activate £71.6m release clause");
    }

    static ExtractedArticle extract(String fixture, String contentType, URI url) {
        return ArticleExtractor.extract(bytes(fixture), contentType, url);
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
