package dev.rasd.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a saved object makes Kibana read, and whether it aggregates (or sorts) on them: what the templates, and
 * the indices they make, must hold for the object to work. Shared by the drift test and the integration test.
 */
final class SavedObjectFields {

    /** Lens's pseudo-field for "count of records". */
    private static final String RECORDS = "___records___";
    /** A field in a Lucene query: {@code state:SILENT}. */
    private static final Pattern QUERY_FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*):");

    /**
     * One use of a field.
     *
     * @param object the type and id of the object that uses it
     * @param field the field
     * @param aggregated whether Kibana aggregates or sorts on it (a shown or queried field need only exist)
     */
    record Use(String object, String field, boolean aggregated) {}

    private SavedObjectFields() {}

    /** The id of the data view that {@code object} (a data view, saved search or Lens visualisation) reads. */
    static String dataViewOf(JsonNode object) {
        if (object.path("type").asText().equals("index-pattern")) {
            return object.path("id").asText();
        }
        for (JsonNode reference : object.path("references")) {
            if (reference.path("type").asText().equals("index-pattern")) {
                return reference.path("id").asText();
            }
        }
        throw new AssertionError(object.path("id").asText() + " references no data view");
    }

    /** Every field {@code object} uses; a dashboard uses none itself. */
    static List<Use> of(JsonNode object) {
        String name = object.path("type").asText() + " " + object.path("id").asText();
        JsonNode attributes = object.path("attributes");
        List<Use> uses = new ArrayList<>();
        switch (object.path("type").asText()) {
            case "index-pattern" -> {
                if (attributes.hasNonNull("timeFieldName")) {
                    uses.add(new Use(name, attributes.path("timeFieldName").asText(), true));
                }
                parse(attributes.path("fieldFormatMap").asText("{}")).fieldNames()
                        .forEachRemaining(field -> uses.add(new Use(name, field, false)));
            }
            case "search" -> {
                attributes.path("columns").forEach(c -> uses.add(new Use(name, c.asText(), false)));
                attributes.path("sort").forEach(s -> uses.add(new Use(name, s.get(0).asText(), true)));
                String query = parse(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asText())
                        .path("query").path("query").asText();
                Matcher field = QUERY_FIELD.matcher(query);
                while (field.find()) {
                    uses.add(new Use(name, field.group(1), false));
                }
            }
            case "lens" -> attributes.path("state").path("datasourceStates").path("formBased").path("layers")
                    .forEach(layer -> layer.path("columns").forEach(column -> {
                        String field = column.path("sourceField").asText();
                        if (!field.equals(RECORDS)) {
                            uses.add(new Use(name, field, true));
                        }
                        if (column.path("params").has("sortField")) {
                            uses.add(new Use(name, column.path("params").path("sortField").asText(), true));
                        }
                    }));
            case "dashboard" -> { }
            default -> throw new IllegalArgumentException("unknown saved object type in " + name);
        }
        return uses;
    }

    /** A JSON-in-string attribute, parsed. */
    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
