package dev.rasd.index.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.index.template.IndexTemplates.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexTemplatesTest {

    private final List<Template> templates = new IndexTemplates(new IndexNames("news"), "rasd_arabic").all();

    @Test
    void oneTemplatePerKindNamedAfterItsAlias() {
        assertThat(templates).extracting(Template::name).containsExactly("news-articles", "news-alerts", "news-feeds");
        assertThat(templates).allSatisfy(t -> assertThat(t.json()).doesNotContain("{{"));
    }

    @Test
    void monthlyArticlesJoinTheReadAlias() {
        JsonNode articles = templates.get(0).tree();

        assertThat(articles.path("index_patterns").get(0).asText()).isEqualTo("news-articles-*");
        assertThat(articles.path("template").path("aliases").has("news-articles")).isTrue();
        assertThat(templates.get(1).tree().path("index_patterns").get(0).asText()).isEqualTo("news-alerts-*");
        assertThat(templates.get(2).tree().path("index_patterns").get(0).asText()).isEqualTo("news-feeds");
    }

    @Test
    void arabicFieldsUseTheConfiguredAnalyzer() {
        JsonNode properties = templates.get(0).properties();

        for (String field : List.of("title", "summary", "text")) {
            assertThat(properties.path(field).path("analyzer").asText()).as(field).isEqualTo("rasd_arabic");
        }
        assertThat(properties.path("title").path("fields").path("keyword").path("type").asText()).isEqualTo("keyword");
        JsonNode builtIn = new IndexTemplates(new IndexNames("news"), "arabic").all().get(0).properties();
        assertThat(builtIn.path("text").path("analyzer").asText()).isEqualTo("arabic");
    }

    @Test
    void entityArraysAreKeywordsWithWatchSyntaxAliases() {
        JsonNode properties = templates.get(0).properties();

        for (String field : List.of("persons", "organizations", "locations", "misc", "watches", "storyId")) {
            assertThat(properties.path(field).path("type").asText()).as(field).isEqualTo("keyword");
        }
        for (String field : List.of("persons", "organizations", "locations")) {
            assertThat(properties.path(field).path("fields").path("text").path("type").asText()).as(field)
                    .isEqualTo("text");
        }
        // the watch syntax's fields are analysed, as in watches; aggregations use the keyword fields
        assertThat(properties.path("person").path("path").asText()).isEqualTo("persons.text");
        assertThat(properties.path("org").path("path").asText()).isEqualTo("organizations.text");
        assertThat(properties.path("location").path("path").asText()).isEqualTo("locations.text");
        assertThat(properties.path("revision").path("type").asText()).isEqualTo("integer");
        assertThat(properties.path("languageConfidence").path("type").asText()).isEqualTo("float");
    }

    @Test
    void mappingsAreStrict() {
        assertThat(templates).allSatisfy(t ->
                assertThat(t.tree().path("template").path("mappings").path("dynamic").asText()).isEqualTo("strict"));
    }

    @Test
    void rejectsAnalyzerNamesThatCouldBreakTheJson() {
        assertThatThrownBy(() -> new IndexTemplates(new IndexNames("news"), "arabic\", \"x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
