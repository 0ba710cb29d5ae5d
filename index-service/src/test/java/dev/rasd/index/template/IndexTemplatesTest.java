package dev.rasd.index.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.index.template.IndexTemplates.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void arabicFieldsIndexWithRasdArabicAndSearchWithItsQueryAnalyzer() {
        Map<String, JsonNode> analysedFields = analysedFields(templates);

        assertThat(analysedFields).containsOnlyKeys("news-articles title", "news-articles summary", "news-articles text",
                "news-articles persons.text", "news-articles organizations.text", "news-articles locations.text",
                "news-alerts title", "news-alerts snippet");
        analysedFields.forEach((field, mapping) -> {
            assertThat(mapping.path("analyzer").asText()).as(field).isEqualTo("rasd_arabic");
            assertThat(mapping.path("search_analyzer").asText()).as(field).isEqualTo("rasd_arabic_query");
        });
        assertThat(templates.get(0).properties().path("title").path("fields").path("keyword").path("type").asText())
                .isEqualTo("keyword");
    }

    @Test
    void theBuiltInAnalyzerAlsoSearchesItsFields() {
        Map<String, JsonNode> analysedFields = analysedFields(new IndexTemplates(new IndexNames("news"), "arabic").all());

        assertThat(analysedFields).hasSize(8).allSatisfy((field, mapping) -> {
            assertThat(mapping.path("analyzer").asText()).as(field).isEqualTo("arabic");
            assertThat(mapping.path("search_analyzer").asText()).as(field).isEqualTo("arabic");
        });
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

    /**
     * Every text field of {@code templates} with an analyzer of its own (the Arabic ones; a feed's English
     * {@code lastError} keeps the standard analyzer), multi-fields included, keyed "template field.subfield".
     */
    private static Map<String, JsonNode> analysedFields(List<Template> templates) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Template template : templates) {
            template.properties().properties().forEach(field -> {
                collectText(template.name() + " " + field.getKey(), field.getValue(), fields);
                field.getValue().path("fields").properties().forEach(sub ->
                        collectText(template.name() + " " + field.getKey() + "." + sub.getKey(), sub.getValue(),
                                fields));
            });
        }
        return fields;
    }

    private static void collectText(String name, JsonNode mapping, Map<String, JsonNode> fields) {
        if (mapping.path("type").asText().equals("text") && mapping.has("analyzer")) {
            fields.put(name, mapping);
        }
    }
}
