package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KibanaSetup} against a fake Kibana on 127.0.0.1 served under the base path {@code /kibana}, with a space
 * {@code ops}, that answers only with the API key {@code a2V5}, as Kibana does.
 */
class KibanaSetupTest {

    private static final String IMPORT_PATH = "/kibana/s/ops/api/saved_objects/_import";
    private static final byte[] NDJSON =
            "{\"type\":\"index-pattern\",\"id\":\"rasd-articles\"}\n".getBytes(StandardCharsets.UTF_8);

    private final List<Request> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheFileAsMultipartUnderTheBasePathInTheSpaceWithTheKeyAndTheXsrfHeader() throws IOException {
        URI kibana = serve("{\"success\":true,\"successCount\":14}");

        int imported = setup(kibana, "ops", "a2V5").importSavedObjects(NDJSON, "saved-objects.ndjson");

        assertThat(imported).isEqualTo(14);
        Request request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo(IMPORT_PATH + "?overwrite=true");
        assertThat(request.xsrf()).isEqualTo("true");
        assertThat(request.authorization()).isEqualTo("ApiKey a2V5");
        assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
        String boundary = request.contentType().substring("multipart/form-data; boundary=".length());
        assertThat(request.body()).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"saved-objects.ndjson\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n"
                + new String(NDJSON, StandardCharsets.UTF_8)
                + "\r\n--" + boundary + "--\r\n");
    }

    @Test
    void uploadsTheObjectsGeneratedForThePrefix() throws IOException {
        URI kibana = serve("{\"success\":true,\"successCount\":14}");
        SavedObjects objects = SavedObjects.of(new IndexNames("news2"));

        setup(kibana, "ops", "a2V5").importSavedObjects(objects);

        assertThat(received.getFirst().body()).contains(objects.ndjson())
                .contains("filename=\"rasd-saved-objects.ndjson\"");
    }

    @Test
    void aWrongKeyIsReportedWithWhatKibanaWants() throws IOException {
        URI kibana = serve("{\"success\":true,\"successCount\":14}");

        assertThatThrownBy(() -> setup(kibana, "ops", "d3Jvbmc=").importSavedObjects(NDJSON, "x.ndjson"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Kibana answered 401 to POST " + kibana + IMPORT_PATH
                        + "?overwrite=true (it wants an API key, or a user and password)");
    }

    @Test
    void aMissingSpaceOrBasePathIsReportedAsSuch() throws IOException {
        URI kibana = serve("{\"success\":true,\"successCount\":14}");

        assertThatThrownBy(() -> setup(kibana, null, "a2V5").importSavedObjects(NDJSON, "x.ndjson"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("answered 404 to POST " + kibana + "/kibana/api/saved_objects/_import")
                .hasMessageContaining("check Kibana's base path in the URL and the space");
    }

    @Test
    void objectsKibanaCouldNotImportAreNamedWithTheReferencesTheyMiss() throws IOException {
        URI kibana = serve("{\"success\":false,\"successCount\":12,\"errors\":[{\"id\":\"rasd-overview\","
                + "\"type\":\"dashboard\",\"meta\":{\"title\":\"Rasd: Arabic news overview\"},"
                + "\"error\":{\"type\":\"missing_references\",\"references\":[{\"type\":\"lens\","
                + "\"id\":\"rasd-top-persons\"}]}},{\"id\":\"rasd-feeds\",\"type\":\"index-pattern\","
                + "\"error\":{\"type\":\"unknown\",\"message\":\"mapping conflict\",\"statusCode\":400}}]}");

        assertThatThrownBy(() -> setup(kibana, "ops", "a2V5").importSavedObjects(NDJSON, "x.ndjson"))
                .isInstanceOf(IOException.class)
                .hasMessage("Kibana at " + kibana + "/kibana imported 12 saved objects and could not import 2:\n"
                        + "  dashboard rasd-overview \"Rasd: Arabic news overview\": missing_references: "
                        + "lens rasd-top-persons\n"
                        + "  index-pattern rasd-feeds: unknown: mapping conflict (400)");
    }

    @Test
    void anUnreachableKibanaIsReportedAsSuch() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed below: connections are refused
        }
        URI kibana = URI.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> setup(kibana, null, null).importSavedObjects(NDJSON, "x.ndjson"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot reach Kibana at http://127.0.0.1:" + port + "/kibana (connection refused)");
    }

    private static KibanaSetup setup(URI kibana, String space, String apiKey) {
        return KibanaSetup.of(new KibanaConfig(URI.create(kibana + "/kibana"), space, apiKey, null, null));
    }

    /** A Kibana at {@code /kibana}, space {@code ops}: 404 elsewhere, 401 without the key, else {@code body}. */
    private URI serve(String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("kbn-xsrf"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            if (!exchange.getRequestURI().getPath().equals(IMPORT_PATH)) {
                respond(exchange, 404, "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Not Found\"}");
            } else if (!"ApiKey a2V5".equals(request.authorization())) {
                respond(exchange, 401, "{\"statusCode\":401,\"error\":\"Unauthorized\"}");
            } else {
                respond(exchange, 200, body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Request(String method, String uri, String xsrf, String authorization, String contentType,
            String body) {}
}
