package dev.rasd.index.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Alert;
import dev.rasd.contract.EnrichedArticle;
import dev.rasd.contract.EntityMention;
import dev.rasd.contract.EntityType;
import dev.rasd.contract.Extraction;
import dev.rasd.contract.FeedState;
import dev.rasd.contract.FeedStatus;
import dev.rasd.contract.Json;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mappings are strict: every field a document can have must be mapped, or Elasticsearch refuses it. */
class DocumentsMatchTemplatesTest {

    private static final Instant T = Instant.parse("2026-11-03T10:00:00Z");
    private final List<IndexTemplates.Template> templates =
            new IndexTemplates(new IndexNames("rasd"), "rasd_arabic").all();

    @Test
    void everyArticleFieldIsMapped() {
        EnrichedArticle article = new EnrichedArticle(1, "a1", "u", "cu", "f", "s", "t", "sum", "text", "author", T, T,
                T, "img", List.of("c"), "h", Extraction.ARTICLE_BODY, "ar", 0.9,
                List.of(new EntityMention("x", "x", EntityType.MISC, "text", 0, 1)), "st", 2, List.of("w"), T);

        assertThat(unmapped(ArticleDocument.of(article, T), 0)).isEmpty();
    }

    @Test
    void everyAlertFieldIsMapped() {
        Alert alert = new Alert(1, "w:s", "w", "a", "s", "u", "t", "src", "ar", T, T, List.of("m"), "snip", T);

        assertThat(unmapped(AlertDocument.of(alert, T), 1)).isEmpty();
    }

    @Test
    void everyFeedStatusFieldIsMapped() {
        FeedStatus status = new FeedStatus(1, "f", "u", FeedState.MOVED, 301, "err", 1, T, T, T, 1, 1, "new");

        assertThat(unmapped(FeedStatusDocument.of(status, new PublishingRhythm(T, 3600L), T), 2)).isEmpty();
    }

    private List<String> unmapped(Object document, int template) {
        JsonNode json = Json.mapper().valueToTree(document);
        List<String> missing = new ArrayList<>();
        collectUnmapped(json, templates.get(template).properties(), "", missing);
        return missing;
    }

    private static void collectUnmapped(JsonNode json, JsonNode properties, String path, List<String> missing) {
        if (json.isArray()) {
            json.forEach(element -> collectUnmapped(element, properties, path, missing));
            return;
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode mapping = properties.path(name);
            if (mapping.isMissingNode()) {
                missing.add(path + name);
            } else if (json.get(name).isObject() || json.get(name).isArray() && mapping.has("properties")) {
                collectUnmapped(json.get(name), mapping.path("properties"), path + name + ".", missing);
            }
        }
    }
}
