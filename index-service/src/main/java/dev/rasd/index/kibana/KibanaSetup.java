package dev.rasd.index.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.contract.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports Rasd's Kibana saved objects ({@code kibana/saved-objects.ndjson}: data views, saved search, Lens
 * visualisations, dashboard) through Kibana's saved-objects API, replacing objects with the same ids, so running it
 * again updates the dashboard in place.
 */
public final class KibanaSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI kibanaUrl;
    private final String authorization;

    private KibanaSetup(HttpClient http, URI kibanaUrl, String authorization) {
        this.http = Objects.requireNonNull(http, "http");
        this.kibanaUrl = Objects.requireNonNull(kibanaUrl, "kibanaUrl");
        this.authorization = authorization;
    }

    /** A setup for the Kibana at {@code kibanaUrl}, without authentication. */
    public static KibanaSetup of(URI kibanaUrl) {
        return new KibanaSetup(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), kibanaUrl,
                null);
    }

    /** This setup authenticating with an encoded Elasticsearch API key. */
    public KibanaSetup withApiKey(String apiKey) {
        return new KibanaSetup(http, kibanaUrl, "ApiKey " + apiKey);
    }

    /** This setup authenticating as {@code username} with basic auth. */
    public KibanaSetup withBasicAuth(String username, String password) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new KibanaSetup(http, kibanaUrl, "Basic " + token);
    }

    /**
     * Imports the saved objects of the NDJSON file {@code ndjson}.
     *
     * @return how many objects Kibana imported
     * @throws IOException when Kibana cannot be reached, answers with an error status, or reports objects it could
     *     not import (their types, ids and errors are in the message)
     */
    public int importSavedObjects(Path ndjson) throws IOException {
        return importSavedObjects(Files.readAllBytes(ndjson), ndjson.getFileName().toString());
    }

    /** Imports the saved objects of {@code ndjson}, uploaded as a file named {@code fileName}; see {@link #importSavedObjects(Path)}. */
    public int importSavedObjects(byte[] ndjson, String fileName) throws IOException {
        String boundary = "rasd-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(kibanaUrl.resolve("/api/saved_objects/_import?overwrite=true"))
                .timeout(TIMEOUT)
                .header("kbn-xsrf", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, ndjson)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while importing saved objects into " + kibanaUrl, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("Kibana at " + kibanaUrl + " answered " + response.statusCode()
                    + " to the saved-objects import: " + response.body());
        }
        JsonNode result = Json.mapper().readTree(response.body());
        if (!result.path("success").asBoolean(false)) {
            List<String> errors = new ArrayList<>();
            result.path("errors").forEach(e -> errors.add(e.path("type").asText() + " " + e.path("id").asText()
                    + ": " + e.path("error").path("type").asText()
                    + (e.path("error").has("message") ? " " + e.path("error").path("message").asText() : "")));
            throw new IOException("Kibana could not import " + errors.size() + " saved objects: "
                    + String.join("; ", errors));
        }
        return result.path("successCount").asInt();
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "") + "\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
