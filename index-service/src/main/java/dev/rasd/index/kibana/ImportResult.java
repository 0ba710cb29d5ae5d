package dev.rasd.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Kibana's saved-objects import answered: whether every object was imported, how many were, and one line for
 * each object it could not import, naming the object and what went wrong (for missing references, which objects
 * were missing).
 *
 * @param success whether every object was imported
 * @param successCount how many objects were imported
 * @param failures one line per object not imported, e.g.
 *     {@code dashboard rasd-overview "Rasd: Arabic news overview": missing_references: index-pattern rasd-feeds}
 */
public record ImportResult(boolean success, int successCount, List<String> failures) {

    public ImportResult {
        failures = List.copyOf(failures);
    }

    /** The result in the body of a {@code 200} answer to {@code POST /api/saved_objects/_import}. */
    public static ImportResult of(JsonNode response) {
        List<String> failures = new ArrayList<>();
        response.path("errors").forEach(error -> failures.add(failure(error)));
        return new ImportResult(response.path("success").asBoolean(false), response.path("successCount").asInt(),
                failures);
    }

    private static String failure(JsonNode error) {
        StringBuilder line = new StringBuilder()
                .append(error.path("type").asText("?")).append(' ').append(error.path("id").asText("?"));
        String title = error.path("meta").path("title").asText("");
        if (!title.isEmpty()) {
            line.append(" \"").append(title).append('"');
        }
        JsonNode cause = error.path("error");
        line.append(": ").append(cause.path("type").asText("unknown error"));
        List<String> missing = new ArrayList<>();
        cause.path("references").forEach(r -> missing.add(r.path("type").asText() + " " + r.path("id").asText()));
        if (!missing.isEmpty()) {
            line.append(": ").append(String.join(", ", missing));
        }
        if (cause.hasNonNull("message")) {
            line.append(": ").append(cause.path("message").asText());
        }
        if (cause.hasNonNull("statusCode")) {
            line.append(" (").append(cause.path("statusCode").asInt()).append(')');
        }
        return line.toString();
    }
}
