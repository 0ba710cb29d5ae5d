package dev.rasd.index.kibana;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rasd.contract.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports Rasd's Kibana saved objects ({@link SavedObjects}) through Kibana's saved-objects API, into the space
 * and with the credentials of a {@link KibanaConfig}, replacing objects with the same ids, so running it again
 * updates the dashboard in place.
 */
public final class KibanaSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final KibanaConfig config;

    private KibanaSetup(HttpClient http, KibanaConfig config) {
        this.http = Objects.requireNonNull(http, "http");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A setup for the Kibana of {@code config}. */
    public static KibanaSetup of(KibanaConfig config) {
        return new KibanaSetup(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), config);
    }

    /** Imports {@code objects}; see {@link #importSavedObjects(byte[], String)}. */
    public int importSavedObjects(SavedObjects objects) throws IOException {
        return importSavedObjects(objects.ndjson().getBytes(StandardCharsets.UTF_8), "rasd-saved-objects.ndjson");
    }

    /**
     * Imports the saved objects of the NDJSON {@code ndjson}, uploaded as a file named {@code fileName}.
     *
     * @return how many objects Kibana imported
     * @throws IOException when Kibana cannot be reached, answers with an error status (the message says what to
     *     check: credentials, base path or space), or reports objects it could not import (each named in the
     *     message, with its error and the references it misses)
     */
    public int importSavedObjects(byte[] ndjson, String fileName) throws IOException {
        URI uri = config.importUri();
        String boundary = "rasd-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("kbn-xsrf", "true")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fileName, ndjson)));
        String authorization = config.authorization();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = send(request.build(), uri);
        if (response.statusCode() != 200) {
            throw new IOException("Kibana answered " + response.statusCode() + " to POST " + uri + hint(response)
                    + ": " + response.body());
        }
        ImportResult result;
        try {
            result = ImportResult.of(Json.mapper().readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new IOException("Kibana's answer to POST " + uri + " is not JSON: " + response.body(), e);
        }
        if (!result.success()) {
            throw new IOException("Kibana at " + config.url() + " imported " + result.successCount()
                    + " saved objects and could not import " + result.failures().size() + ":\n  "
                    + (result.failures().isEmpty() ? response.body() : String.join("\n  ", result.failures())));
        }
        return result.successCount();
    }

    private HttpResponse<String> send(HttpRequest request, URI uri) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new IOException("cannot reach Kibana at " + config.url() + " (connection refused)", e);
        } catch (HttpTimeoutException e) {
            throw new IOException("Kibana at " + config.url() + " did not answer POST " + uri + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while importing saved objects into " + config.url(), e);
        }
    }

    private static String hint(HttpResponse<String> response) {
        return switch (response.statusCode()) {
            case 401 -> " (it wants an API key, or a user and password)";
            case 403 -> " (the user or API key may not manage saved objects in this space)";
            case 404 -> " (check Kibana's base path in the URL and the space)";
            case 503 -> " (Kibana is not ready yet)";
            default -> "";
        };
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
