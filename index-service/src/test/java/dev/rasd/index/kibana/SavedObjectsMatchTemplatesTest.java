package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every field the Kibana saved objects use exists in the index template of the data view they use. */
class SavedObjectsMatchTemplatesTest {

    private static final Path SAVED_OBJECTS = Path.of("..", "kibana", "saved-objects.ndjson");
    /** Lens's pseudo-field for "count of records". */
    private static final String RECORDS = "___records___";

    private final Map<String, JsonNode> propertiesByDataViewTitle = new HashMap<>();
    private final List<JsonNode> objects = new ArrayList<>();

    @BeforeEach
    void load() throws IOException {
        new IndexTemplates(new IndexNames("rasd"), "rasd_arabic").all()
                .forEach(t -> propertiesByDataViewTitle.put(t.name(), t.properties()));
        for (String line : Files.readAllLines(SAVED_OBJECTS)) {
            if (!line.isBlank()) {
                objects.add(Json.mapper().readTree(line));
            }
        }
    }

    @Test
    void hasTheDataViewsSearchVisualisationsAndDashboard() {
        Map<String, String> titles = new HashMap<>();
        objects.stream().filter(o -> o.path("type").asText().equals("index-pattern")).forEach(o -> titles.put(
                o.path("attributes").path("title").asText(), o.path("attributes").path("timeFieldName").asText()));

        assertThat(titles).containsEntry("rasd-articles", "time").containsEntry("rasd-alerts", "detectedAt")
                .containsKey("rasd-feeds");
        assertThat(objects).extracting(o -> o.path("type").asText())
                .contains("search", "lens", "dashboard");
    }

    @Test
    void everyDataViewsTimeFieldIsMappedAsADate() {
        List<JsonNode> dataViews = objects.stream()
                .filter(o -> o.path("type").asText().equals("index-pattern")).toList();

        assertThat(dataViews).hasSize(3).allSatisfy(dataView -> {
            String title = dataView.path("attributes").path("title").asText();
            String timeField = dataView.path("attributes").path("timeFieldName").asText();
            assertThat(propertiesByDataViewTitle.get(title).path(timeField).path("type").asText())
                    .as("type of %s's time field %s", title, timeField).isEqualTo("date");
        });
    }

    @Test
    void theArticlesTimelineAndLatestArticlesUseTheTimeEveryArticleHas() {
        JsonNode latest = object("search", "rasd-latest-articles");
        JsonNode overTime = object("lens", "rasd-articles-over-time");

        assertThat(latest.path("attributes").path("sort").get(0).get(0).asText()).isEqualTo("time");
        assertThat(overTime.path("attributes").path("state").path("datasourceStates").path("formBased")
                .path("layers").findValues("sourceField")).extracting(JsonNode::asText).contains("time")
                .doesNotContain("publishedAt");
    }

    @Test
    void everyReferencedFieldIsMapped() {
        Map<String, String> dataViewTitles = new HashMap<>();
        objects.stream().filter(o -> o.path("type").asText().equals("index-pattern"))
                .forEach(o -> dataViewTitles.put(o.path("id").asText(), o.path("attributes").path("title").asText()));
        List<String> unmapped = new ArrayList<>();
        int checked = 0;
        for (JsonNode object : objects) {
            String dataView = switch (object.path("type").asText()) {
                case "index-pattern" -> object.path("id").asText();
                case "search", "lens" -> referencedDataView(object);
                default -> null;
            };
            if (dataView == null) {
                continue;
            }
            JsonNode properties = propertiesByDataViewTitle.get(dataViewTitles.get(dataView));
            assertThat(properties).as("template of data view %s", dataView).isNotNull();
            for (String field : referencedFields(object)) {
                checked++;
                if (!mapped(properties, field)) {
                    unmapped.add(object.path("id").asText() + " -> " + field);
                }
            }
        }
        assertThat(checked).as("fields checked").isGreaterThan(20);
        assertThat(unmapped).isEmpty();
    }

    @Test
    void theDashboardOnlyReferencesObjectsOfTheFile() {
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add(o.path("type").asText() + "/" + o.path("id").asText()));
        JsonNode dashboard = objects.stream().filter(o -> o.path("type").asText().equals("dashboard")).findFirst()
                .orElseThrow();

        assertThat(dashboard.path("references")).hasSize(8).allSatisfy(reference ->
                assertThat(ids).contains(reference.path("type").asText() + "/" + reference.path("id").asText()));
    }

    private JsonNode object(String type, String id) {
        return objects.stream().filter(o -> o.path("type").asText().equals(type) && o.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + "/" + id));
    }

    private static String referencedDataView(JsonNode object) {
        for (JsonNode reference : object.path("references")) {
            if (reference.path("type").asText().equals("index-pattern")) {
                return reference.path("id").asText();
            }
        }
        throw new AssertionError(object.path("id").asText() + " references no data view");
    }

    private static List<String> referencedFields(JsonNode object) {
        JsonNode attributes = object.path("attributes");
        List<String> fields = new ArrayList<>();
        switch (object.path("type").asText()) {
            case "index-pattern" -> fields.add(attributes.path("timeFieldName").asText());
            case "search" -> {
                attributes.path("columns").forEach(c -> fields.add(c.asText()));
                attributes.path("sort").forEach(s -> fields.add(s.get(0).asText()));
            }
            case "lens" -> attributes.path("state").path("datasourceStates").path("formBased").path("layers")
                    .forEach(layer -> layer.path("columns").forEach(column -> {
                        String field = column.path("sourceField").asText();
                        if (!field.equals(RECORDS)) {
                            fields.add(field);
                        }
                        if (column.path("params").has("sortField")) {
                            fields.add(column.path("params").path("sortField").asText());
                        }
                    }));
            default -> throw new IllegalArgumentException(object.path("type").asText());
        }
        return fields;
    }

    /** Whether {@code field} (possibly a sub-field like {@code title.keyword}) is in {@code properties}. */
    private static boolean mapped(JsonNode properties, String field) {
        String[] parts = field.split("\\.");
        JsonNode mapping = properties.path(parts[0]);
        for (int i = 1; i < parts.length && !mapping.isMissingNode(); i++) {
            mapping = mapping.has("fields") ? mapping.path("fields").path(parts[i])
                    : mapping.path("properties").path(parts[i]);
        }
        return !mapping.isMissingNode() && !field.isEmpty();
    }
}
