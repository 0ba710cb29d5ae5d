package dev.rasd.stack.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    @Test
    void carriesTheArticleAsJsonLdAndAsParagraphs() throws Exception {
        String html = ArticlePage.html("http://127.0.0.1:8080/a1", "عنوان \"الخبر\"", "الفقرة الأولى\nالفقرة الثانية",
                Instant.parse("2026-11-25T08:00:00Z"));

        String jsonLd = html.substring(html.indexOf("ld+json\">") + 9, html.indexOf("</script>"));
        JsonNode article = Json.mapper().readTree(jsonLd);
        assertThat(article.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(article.path("headline").asText()).isEqualTo("عنوان \"الخبر\"");
        assertThat(article.path("articleBody").asText()).isEqualTo("الفقرة الأولى\nالفقرة الثانية");
        assertThat(article.path("datePublished").asText()).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(html).contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8080/a1\">")
                .contains("<p>الفقرة الأولى</p><p>الفقرة الثانية</p>");
    }
}
