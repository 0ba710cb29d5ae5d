package dev.rasd.stack.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.contract.Json;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The page of a news article as Arabic news sites serve it, for the local news sites of tests and the fault run:
 * JSON-LD {@code NewsArticle} metadata, a canonical link, navigation and footer around an {@code <article>} with one
 * paragraph per line of the text.
 */
public final class ArticlePage {

    private ArticlePage() {}

    /** The HTML of the article at {@code url}. */
    public static String html(String url, String title, String text, Instant published) {
        ObjectNode jsonLd = Json.mapper().createObjectNode()
                .put("@context", "https://schema.org")
                .put("@type", "NewsArticle")
                .put("headline", title)
                .put("datePublished", published.toString())
                .put("articleBody", text);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(title).append("</title><link rel=\"canonical\" href=\"").append(url)
                .append("\"><script type=\"application/ld+json\">").append(write(jsonLd)).append("</script></head><body>")
                .append("<nav><a href=\"/\">الرئيسية</a></nav><article><h1>").append(title).append("</h1>");
        for (String paragraph : text.split("\n+")) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</article><footer>جميع الحقوق محفوظة</footer></body></html>").toString();
    }

    private static String write(ObjectNode json) {
        try {
            return Json.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
