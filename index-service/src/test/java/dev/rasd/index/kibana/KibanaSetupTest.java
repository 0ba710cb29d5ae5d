package dev.rasd.index.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KibanaSetupTest {

    private static final byte[] NDJSON =
            "{\"type\":\"index-pattern\",\"id\":\"rasd-articles\"}\n".getBytes(StandardCharsets.UTF_8);

    private final AtomicReference<Request> received = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheFileAsMultipartWithTheXsrfHeader() throws IOException {
        URI kibana = serve(200, "{\"success\":true,\"successCount\":12}");

        int imported = KibanaSetup.of(kibana).withApiKey("a2V5").importSavedObjects(NDJSON, "saved-objects.ndjson");

        assertThat(imported).isEqualTo(12);
        Request request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo("/api/saved_objects/_import?overwrite=true");
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
    void basicAuthIsEncoded() throws IOException {
        URI kibana = serve(200, "{\"success\":true,\"successCount\":1}");

        KibanaSetup.of(kibana).withBasicAuth("elastic", "changeme").importSavedObjects(NDJSON, "x.ndjson");

        assertThat(received.get().authorization()).isEqualTo("Basic ZWxhc3RpYzpjaGFuZ2VtZQ==");
    }

    @Test
    void objectsKibanaCouldNotImportAreReported() throws IOException {
        URI kibana = serve(200, "{\"success\":false,\"successCount\":0,\"errors\":[{\"id\":\"rasd-overview\","
                + "\"type\":\"dashboard\",\"error\":{\"type\":\"missing_references\"}}]}");

        assertThatThrownBy(() -> KibanaSetup.of(kibana).importSavedObjects(NDJSON, "x.ndjson"))
                .isInstanceOf(IOException.class)
                .hasMessage("Kibana could not import 1 saved objects: dashboard rasd-overview: missing_references");
        assertThat(received.get().authorization()).isNull();
    }

    @Test
    void anErrorStatusIsReportedWithTheBody() throws IOException {
        URI kibana = serve(400, "{\"message\":\"Invalid file extension .txt\"}");

        assertThatThrownBy(() -> KibanaSetup.of(kibana).importSavedObjects(NDJSON, "x.txt"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("answered 400")
                .hasMessageContaining("Invalid file extension");
    }

    private URI serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> respond(exchange, status, body));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void respond(HttpExchange exchange, int status, String body) throws IOException {
        received.set(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("kbn-xsrf"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Request(String method, String uri, String xsrf, String authorization, String contentType,
            String body) {}
}
