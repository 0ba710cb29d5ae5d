package dev.rasd.bench.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.contract.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads what the pipeline wrote to Elasticsearch: document counts and every document's fields, over plain HTTP. */
final class IndexAudit {

    private static final int PAGE = 1000;

    private final URI elasticsearch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    IndexAudit(URI elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /**
     * Refreshes {@code alias} and counts its documents ({@code query} as a JSON query, or null for all).
     *
     * @return the count, or -1 when Elasticsearch does not answer or the alias does not exist yet
     */
    long count(String alias, String query) {
        try {
            send("POST", "/" + alias + "/_refresh", null);
            JsonNode response = send("POST", "/" + alias + "/_count", query == null ? null : "{\"query\":" + query + "}");
            return response.path("count").asLong(-1);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The value of {@code field} in every document of {@code alias} matching {@code query}, one entry per document
     * (so a duplicated document shows up twice), read through a point in time with {@code search_after}.
     */
    List<String> values(String alias, String query, String field) throws IOException, InterruptedException {
        send("POST", "/" + alias + "/_refresh", null);
        String pit = send("POST", "/" + alias + "/_pit?keep_alive=2m", null).path("id").asText();
        List<String> values = new ArrayList<>();
        JsonNode after = null;
        try {
            while (true) {
                ObjectNode search = Json.mapper().createObjectNode();
                search.put("size", PAGE);
                search.set("query", Json.mapper().readTree(query));
                search.putArray("_source").add(field);
                search.putObject("pit").put("id", pit).put("keep_alive", "2m");
                search.putArray("sort").addObject().put("_shard_doc", "asc");
                search.put("track_total_hits", false);
                if (after != null) {
                    search.set("search_after", after);
                }
                JsonNode hits = send("POST", "/_search", Json.mapper().writeValueAsString(search)).path("hits").path("hits");
                if (hits.isEmpty()) {
                    return values;
                }
                for (JsonNode hit : hits) {
                    values.add(hit.path("_source").path(field).asText(null));
                    after = hit.path("sort");
                }
            }
        } finally {
            send("DELETE", "/_pit", "{\"id\":\"" + pit + "\"}");
        }
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.mapper().readTree(response.body());
    }
}
