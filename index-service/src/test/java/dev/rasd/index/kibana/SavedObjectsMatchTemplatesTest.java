package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.index.template.IndexNames;
import dev.rasd.index.template.IndexTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Stands in for a Kibana that cannot run here: the saved objects, generated for the default prefix and for another
 * one, use only fields the index templates map (aggregating only on aggregatable ones), name their references as
 * Kibana resolves them, carry JSON-in-string attributes that parse and migration versions Kibana 9 accepts, and lay
 * out a dashboard that fits Kibana's 48-column grid.
 */
class SavedObjectsMatchTemplatesTest {

    /** Field types Elasticsearch aggregates and sorts on (doc values). */
    private static final Set<String> AGGREGATABLE = Set.of("keyword", "date", "long", "integer", "short", "byte",
            "float", "double", "scaled_float", "boolean", "ip");
    /**
     * The newest typeMigrationVersion of each type that Kibana 9 migrates from (checked against its source for
     * issue 15); a newer one is refused as "from a newer Kibana".
     */
    private static final Map<String, String> NEWEST_TYPE_MIGRATION = Map.of(
            "index-pattern", "8.0.0", "search", "8.0.0", "lens", "8.9.0", "dashboard", "8.9.0");
    /** The first core version whose objects carry typeMigrationVersion. */
    private static final String OLDEST_CORE_MIGRATION = "8.8.0";
    private static final int GRID_COLUMNS = 48;

    private static List<JsonNode> objects(String prefix) {
        return SavedObjects.of(new IndexNames(prefix)).objects();
    }

    private static Map<String, JsonNode> propertiesByIndexName(String prefix) {
        Map<String, JsonNode> properties = new HashMap<>();
        new IndexTemplates(new IndexNames(prefix), "rasd_arabic").all()
                .forEach(t -> properties.put(t.name(), t.properties()));
        return properties;
    }

    private static List<JsonNode> ofType(List<JsonNode> objects, String type) {
        return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void theDataViewsReadThePrefixsAliasesWithTheTimeEveryDocumentHas(String prefix) {
        IndexNames names = new IndexNames(prefix);
        Map<String, String> timeFields = new HashMap<>();
        ofType(objects(prefix), "index-pattern").forEach(o -> timeFields.put(o.path("attributes").path("title").asText(),
                o.path("attributes").path("timeFieldName").asText("none")));

        assertThat(timeFields).containsExactlyInAnyOrderEntriesOf(Map.of(
                names.articles(), "time", names.alerts(), "detectedAt", names.feeds(), "none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void everyFieldAnObjectUsesIsMappedAndEveryFieldItAggregatesOnIsAggregatable(String prefix) {
        List<JsonNode> objects = objects(prefix);
        Map<String, String> titleOfDataView = new HashMap<>();
        ofType(objects, "index-pattern").forEach(o -> titleOfDataView.put(o.path("id").asText(),
                o.path("attributes").path("title").asText()));
        Map<String, JsonNode> properties = propertiesByIndexName(prefix);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JsonNode object : objects) {
            for (SavedObjectFields.Use use : SavedObjectFields.of(object)) {
                checked++;
                JsonNode mapping = mapping(properties.get(titleOfDataView.get(SavedObjectFields.dataViewOf(object))),
                        use.field());
                if (mapping.isMissingNode()) {
                    problems.add(use + ": not mapped");
                } else if (use.aggregated() && !AGGREGATABLE.contains(mapping.path("type").asText())) {
                    problems.add(use + ": a " + mapping.path("type").asText() + " field cannot be aggregated");
                }
            }
        }
        assertThat(checked).as("fields checked").isGreaterThanOrEqualTo(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTextFieldIsNotTakenForAnAggregatableOne() {
        JsonNode articles = propertiesByIndexName("rasd").get("rasd-articles");

        assertThat(mapping(articles, "title").path("type").asText()).isEqualTo("text");
        assertThat(mapping(articles, "title.keyword").path("type").asText()).isEqualTo("keyword");
        assertThat(mapping(articles, "person").path("type").asText()).as("alias to persons.text").isEqualTo("text");
        assertThat(mapping(articles, "nonexistent").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void referenceNamesAreTheOnesKibanaResolvesAndEveryReferenceIsInTheFile(String prefix) {
        List<JsonNode> objects = objects(prefix);
        Set<String> inFile = objects.stream().map(o -> o.path("type").asText() + "/" + o.path("id").asText())
                .collect(Collectors.toSet());
        for (JsonNode object : objects) {
            List<String> names = new ArrayList<>();
            object.path("references").forEach(r -> {
                names.add(r.path("name").asText());
                assertThat(inFile).as("reference of %s", object.path("id")).contains(
                        r.path("type").asText() + "/" + r.path("id").asText());
            });
            JsonNode attributes = object.path("attributes");
            switch (object.path("type").asText()) {
                case "index-pattern" -> assertThat(names).isEmpty();
                case "search" -> {
                    assertThat(names).containsExactly("kibanaSavedObjectMeta.searchSourceJSON.index");
                    assertThat(SavedObjectFields.parse(attributes.path("kibanaSavedObjectMeta")
                            .path("searchSourceJSON").asText()).path("indexRefName").asText())
                            .isEqualTo("kibanaSavedObjectMeta.searchSourceJSON.index");
                }
                case "lens" -> {
                    List<String> layers = new ArrayList<>();
                    attributes.path("state").path("datasourceStates").path("formBased").path("layers").fieldNames()
                            .forEachRemaining(layer -> layers.add("indexpattern-datasource-layer-" + layer));
                    assertThat(names).as(object.path("id").asText()).containsExactlyInAnyOrderElementsOf(layers);
                }
                case "dashboard" -> {
                    List<String> panelReferences = new ArrayList<>();
                    for (JsonNode panel : SavedObjectFields.parse(attributes.path("panelsJSON").asText())) {
                        String index = panel.path("panelIndex").asText();
                        assertThat(panel.path("panelRefName").asText()).isEqualTo("panel_" + index);
                        panelReferences.add(index + ":panel_" + index);
                        JsonNode reference = referenceNamed(object, index + ":panel_" + index);
                        assertThat(reference.path("type").asText()).as(index).isEqualTo(panel.path("type").asText());
                    }
                    assertThat(names).containsExactlyInAnyOrderElementsOf(panelReferences);
                }
                default -> throw new AssertionError("unexpected type " + object.path("type"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void everyJsonInStringAttributeParses(String prefix) {
        int parsed = 0;
        for (JsonNode object : objects(prefix)) {
            List<Map.Entry<String, JsonNode>> strings = new ArrayList<>();
            collectStrings("", object.path("attributes"), strings);
            for (Map.Entry<String, JsonNode> entry : strings) {
                String key = entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1);
                String value = entry.getValue().asText();
                boolean jsonByName = key.endsWith("JSON") || Set.of("fields", "fieldFormatMap", "runtimeFieldMap")
                        .contains(key);
                if (jsonByName || value.startsWith("{") || value.startsWith("[")) {
                    assertThat(SavedObjectFields.parse(value)).as("%s of %s", entry.getKey(), object.path("id"))
                            .isNotNull();
                    parsed++;
                }
            }
        }
        assertThat(parsed).as("JSON-in-string attributes").isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void migrationVersionsAreOnesKibana9Accepts(String prefix) throws IOException {
        String kibana = kibanaVersion();
        assertThat(kibana).startsWith("9.");
        for (JsonNode object : objects(prefix)) {
            String type = object.path("type").asText();
            String core = object.path("coreMigrationVersion").asText();
            String typeVersion = object.path("typeMigrationVersion").asText();
            assertThat(compare(core, OLDEST_CORE_MIGRATION)).as("core version of %s", object.path("id"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(compare(core, kibana)).as("core version of %s", object.path("id")).isLessThanOrEqualTo(0);
            assertThat(NEWEST_TYPE_MIGRATION).containsKey(type);
            assertThat(compare(typeVersion, NEWEST_TYPE_MIGRATION.get(type)))
                    .as("type version %s of %s", typeVersion, object.path("id")).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(compare("8.10.0", "8.9.0")).isPositive();
        assertThat(compare("8.9.0", "8.9.0")).isZero();
        assertThat(compare("8.0.0", "10.1.0")).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rasd", "news2"})
    void theDashboardGridFits48ColumnsWithoutOverlap(String prefix) {
        JsonNode dashboard = ofType(objects(prefix), "dashboard").getFirst();
        List<JsonNode> grids = new ArrayList<>();
        SavedObjectFields.parse(dashboard.path("attributes").path("panelsJSON").asText()).forEach(panel -> {
            JsonNode grid = panel.path("gridData");
            assertThat(grid.path("i").asText()).isEqualTo(panel.path("panelIndex").asText());
            assertThat(grid.path("x").asInt(-1)).isGreaterThanOrEqualTo(0);
            assertThat(grid.path("y").asInt(-1)).isGreaterThanOrEqualTo(0);
            assertThat(grid.path("w").asInt()).isPositive();
            assertThat(grid.path("h").asInt()).isPositive();
            assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(grid.toString())
                    .isLessThanOrEqualTo(GRID_COLUMNS);
            grids.add(grid);
        });
        assertThat(grids).extracting(g -> g.path("i").asText()).doesNotHaveDuplicates();
        for (int a = 0; a < grids.size(); a++) {
            for (int b = a + 1; b < grids.size(); b++) {
                assertThat(overlap(grids.get(a), grids.get(b))).as("%s and %s", grids.get(a), grids.get(b)).isFalse();
            }
        }
        assertThat(grids).hasSize(dashboard.path("references").size());
    }

    @Test
    void overlappingPanelsAreSeen() {
        JsonNode left = SavedObjectFields.parse("{\"x\": 0, \"y\": 0, \"w\": 24, \"h\": 10}");
        JsonNode touching = SavedObjectFields.parse("{\"x\": 24, \"y\": 0, \"w\": 24, \"h\": 10}");
        JsonNode below = SavedObjectFields.parse("{\"x\": 0, \"y\": 10, \"w\": 48, \"h\": 10}");
        JsonNode across = SavedObjectFields.parse("{\"x\": 20, \"y\": 5, \"w\": 8, \"h\": 10}");

        assertThat(overlap(left, touching)).isFalse();
        assertThat(overlap(left, below)).isFalse();
        assertThat(overlap(left, across)).isTrue();
        assertThat(overlap(below, across)).isTrue();
    }

    @Test
    void twoPrefixesShareNoIdAndNoTitle() {
        List<JsonNode> rasd = objects("rasd");
        List<JsonNode> other = objects("news2");
        Set<String> rasdIds = new HashSet<>();
        Set<String> rasdTitles = new HashSet<>();
        rasd.forEach(o -> {
            rasdIds.add(o.path("id").asText());
            rasdTitles.add(o.path("attributes").path("title").asText());
        });

        assertThat(other).hasSameSizeAs(rasd).allSatisfy(o -> {
            assertThat(o.path("id").asText()).startsWith("news2-").isNotIn(rasdIds);
            assertThat(o.path("attributes").path("title").asText()).isNotIn(rasdTitles);
        });
        assertThat(ofType(other, "dashboard").getFirst().path("attributes").path("title").asText())
                .isEqualTo("Rasd (news2): Arabic news overview");
        assertThat(ofType(rasd, "dashboard").getFirst().path("attributes").path("title").asText())
                .isEqualTo("Rasd: Arabic news overview");
    }

    @Test
    void theEntityBarsShowNoOtherBucket() {
        for (String id : List.of("rasd-top-persons", "rasd-top-organizations", "rasd-top-locations")) {
            assertThat(lensColumns(object("lens", id))).filteredOn(c -> c.path("operationType").asText().equals("terms"))
                    .singleElement().satisfies(c -> assertThat(c.path("params").path("otherBucket").asBoolean(true))
                            .as(id).isFalse());
        }
    }

    @Test
    void timelinesRankTheirSeriesOverTheWholeRangeNotPerTimeBucket() {
        int timelines = 0;
        for (JsonNode lens : ofType(objects("rasd"), "lens")) {
            JsonNode layer = lensLayer(lens);
            List<String> order = new ArrayList<>();
            layer.path("columnOrder").forEach(c -> order.add(c.asText()));
            int date = indexOf(layer, order, "date_histogram");
            int terms = indexOf(layer, order, "terms");
            if (date >= 0 && terms >= 0) {
                timelines++;
                assertThat(terms).as("terms before the date histogram in %s", lens.path("id")).isLessThan(date);
            }
        }
        assertThat(timelines).isEqualTo(2);
    }

    @Test
    void everyLensColumnLabelIsKeptOnEdit() {
        for (JsonNode lens : ofType(objects("rasd"), "lens")) {
            assertThat(lensColumns(lens)).as(lens.path("id").asText()).allSatisfy(column -> {
                assertThat(column.path("label").asText()).isNotBlank();
                assertThat(column.path("customLabel").asBoolean()).as(column.path("label").asText()).isTrue();
            });
        }
    }

    @Test
    void theArticlesTimelineAndLatestArticlesUseTheTimeEveryArticleHas() {
        JsonNode latest = object("search", "rasd-latest-articles");
        JsonNode overTime = object("lens", "rasd-articles-over-time");

        assertThat(latest.path("attributes").path("sort").get(0).get(0).asText()).isEqualTo("time");
        assertThat(lensColumns(overTime)).extracting(c -> c.path("sourceField").asText()).contains("time")
                .doesNotContain("publishedAt");
    }

    @Test
    void feedHealthShowsStateLastErrorLastSuccessNextPollAndTheSilentFeeds() {
        JsonNode health = object("search", "rasd-feed-health");
        JsonNode silent = object("search", "rasd-silent-feeds");

        assertThat(health.path("attributes").path("columns")).extracting(JsonNode::asText)
                .contains("feedId", "state", "lastError", "lastSuccessAt", "nextPollAt", "lastPublishedAt",
                        "usualGapSeconds");
        assertThat(SavedObjectFields.parse(silent.path("attributes").path("kibanaSavedObjectMeta")
                .path("searchSourceJSON").asText()).path("query").path("query").asText()).isEqualTo("state:SILENT");
        assertThat(SavedObjectFields.dataViewOf(health)).isEqualTo("rasd-feeds");
        assertThat(SavedObjectFields.dataViewOf(silent)).isEqualTo("rasd-feeds");
        JsonNode dashboard = object("dashboard", "rasd-overview");
        assertThat(dashboard.path("references")).extracting(r -> r.path("id").asText())
                .contains("rasd-feed-health", "rasd-silent-feeds", "rasd-feed-states");
    }

    private static JsonNode object(String type, String id) {
        return objects("rasd").stream()
                .filter(o -> o.path("type").asText().equals(type) && o.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + "/" + id));
    }

    private static JsonNode lensLayer(JsonNode lens) {
        JsonNode layers = lens.path("attributes").path("state").path("datasourceStates").path("formBased")
                .path("layers");
        assertThat(layers.size()).as(lens.path("id").asText()).isEqualTo(1);
        return layers.elements().next();
    }

    private static List<JsonNode> lensColumns(JsonNode lens) {
        List<JsonNode> columns = new ArrayList<>();
        lensLayer(lens).path("columns").forEach(columns::add);
        return columns;
    }

    private static int indexOf(JsonNode layer, List<String> order, String operation) {
        for (int i = 0; i < order.size(); i++) {
            if (layer.path("columns").path(order.get(i)).path("operationType").asText().equals(operation)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode referenceNamed(JsonNode object, String name) {
        for (JsonNode reference : object.path("references")) {
            if (reference.path("name").asText().equals(name)) {
                return reference;
            }
        }
        throw new AssertionError(object.path("id").asText() + " has no reference named " + name);
    }

    private static void collectStrings(String path, JsonNode node, List<Map.Entry<String, JsonNode>> strings) {
        if (node.isTextual()) {
            strings.add(Map.entry(path, node));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collectStrings(path + "." + field.getKey(), field.getValue(), strings);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectStrings(path, element, strings));
        }
    }

    /**
     * The mapping of {@code field} in {@code properties}: a top-level field, an object's property or a multi-field
     * ({@code title.keyword}), an alias resolved to its target; missing when not mapped.
     */
    private static JsonNode mapping(JsonNode properties, String field) {
        String[] parts = field.split("\\.");
        JsonNode mapping = properties.path(parts[0]);
        for (int i = 1; i < parts.length && !mapping.isMissingNode(); i++) {
            mapping = mapping.has("fields") ? mapping.path("fields").path(parts[i])
                    : mapping.path("properties").path(parts[i]);
        }
        if (mapping.path("type").asText().equals("alias")) {
            return mapping(properties, mapping.path("path").asText());
        }
        return field.isEmpty() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : mapping;
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }

    private static int compare(String version, String other) {
        String[] a = version.split("\\.");
        String[] b = other.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Integer.compare(i < a.length ? Integer.parseInt(a[i]) : 0,
                    i < b.length ? Integer.parseInt(b[i]) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** Kibana runs at the version of the Elasticsearch the project builds against (compose pins both). */
    private static String kibanaVersion() throws IOException {
        Properties built = new Properties();
        try (InputStream in = SavedObjectsMatchTemplatesTest.class
                .getResourceAsStream("/dev/rasd/stack/rasd-stack.properties")) {
            assertThat(in).as("rasd-stack.properties on the test class path").isNotNull();
            built.load(in);
        }
        return built.getProperty("elasticsearch.version");
    }
}
