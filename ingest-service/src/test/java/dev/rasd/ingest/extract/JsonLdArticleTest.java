package dev.rasd.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdArticleTest {

    private static JsonLdArticle find(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String script : scripts) {
            html.append("<script type=\"application/ld+json\">").append(script).append("</script>");
        }
        return JsonLdArticle.find(Jsoup.parse(html + "</head><body></body></html>", "https://example.com/a"))
                .orElse(null);
    }

    @Test
    void findsTheArticleInsideAGraph() {
        JsonLdArticle article = find("""
                {"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Org"},
                 {"@type":"NewsArticle","headline":"H","datePublished":"2024-01-01T10:00:00Z"}]}""");

        assertThat(article.headline()).isEqualTo("H");
        assertThat(article.datePublished()).isEqualTo("2024-01-01T10:00:00Z");
    }

    @Test
    void skipsAnInvalidScriptAndReadsTheNext() {
        JsonLdArticle article = find("{not json", "{\"@type\":\"Article\",\"headline\":\"ok\"}");

        assertThat(article.headline()).isEqualTo("ok");
    }

    @Test
    void acceptsArticleSubtypesAndTypeArrays() {
        assertThat(find("{\"@type\":\"ReportageNewsArticle\",\"headline\":\"r\"}").headline()).isEqualTo("r");
        assertThat(find("{\"@type\":[\"WebPage\",\"NewsArticle\"],\"headline\":\"a\"}").headline()).isEqualTo("a");
        assertThat(find("{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"Article\",\"headline\":\"m\"}}")
                .headline()).isEqualTo("m");
        assertThat(find("{\"@type\":\"WebPage\",\"name\":\"page\"}")).isNull();
    }

    @Test
    void readsAuthorAsStringObjectOrArray() {
        assertThat(find("{\"@type\":\"Article\",\"author\":\"أ\"}").author()).isEqualTo("أ");
        assertThat(find("{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"ب\"}}").author())
                .isEqualTo("ب");
        assertThat(find("{\"@type\":\"Article\",\"author\":[{\"name\":\"ج\"},\"د\",{\"name\":\"ج\"}]}").author())
                .isEqualTo("ج, د");
    }

    @Test
    void readsImageAsStringObjectOrArray() {
        assertThat(find("{\"@type\":\"Article\",\"image\":\"https://x/1.jpg\"}").image()).isEqualTo("https://x/1.jpg");
        assertThat(find("{\"@type\":\"Article\",\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://x/2.jpg\"}}")
                .image()).isEqualTo("https://x/2.jpg");
        assertThat(find("{\"@type\":\"Article\",\"image\":[{\"url\":\"https://x/3.jpg\"},\"https://x/4.jpg\"]}")
                .image()).isEqualTo("https://x/3.jpg");
    }

    @Test
    void toleratesControlCharactersAndTrailingCommas() {
        JsonLdArticle article = find("{\"@type\":\"NewsArticle\",\"articleBody\":\"سطر\tأول\nسطر ثان\",}");

        assertThat(article.articleBody()).isEqualTo("سطر\tأول\nسطر ثان");
    }

    @Test
    void readsUrlOrMainEntityOfPage() {
        assertThat(find("{\"@type\":\"Article\",\"mainEntityOfPage\":{\"@id\":\"https://x/p\"}}").url())
                .isEqualTo("https://x/p");
        assertThat(find("{\"@type\":\"Article\",\"url\":\"https://x/u\",\"mainEntityOfPage\":\"https://x/p\"}").url())
                .isEqualTo("https://x/u");
    }
}
