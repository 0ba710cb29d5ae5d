package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rasd.index.kibana.SavedObjects;
import dev.rasd.index.template.IndexNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code rasd kibana-setup} against a fake Kibana on 127.0.0.1 that is served under the base path {@code /kibana},
 * imports into the space {@code ops} and answers only with the API key {@code a2V5}; its answer to the import is
 * {@link #importAnswer}.
 */
class KibanaSetupCommandTest {

    private static final String IMPORT_PATH = "/kibana/s/ops/api/saved_objects/_import";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private volatile String importAnswer = "{\"success\":true,\"successCount\":14}";
    private HttpServer server;
    private String kibana;

    @BeforeEach
    void serveKibana() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " kbn-xsrf="
                    + exchange.getRequestHeaders().getFirst("kbn-xsrf") + " " + authorization);
            if (!exchange.getRequestURI().getPath().equals(IMPORT_PATH)) {
                respond(exchange, 404, "{\"statusCode\":404,\"message\":\"Not Found\"}");
            } else if (!"ApiKey a2V5".equals(authorization)) {
                respond(exchange, 401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}");
            } else if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")
                    || !body.contains(SavedObjects.of(new IndexNames("rasd")).ndjson())) {
                respond(exchange, 400, "{\"statusCode\":400,\"message\":\"not the saved objects\"}");
            } else {
                respond(exchange, 200, importAnswer);
            }
        });
        server.start();
        kibana = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int rasd(String... args) {
        CommandLine rasd = Rasd.commandLine();
        rasd.setOut(new PrintWriter(out, true));
        rasd.setErr(new PrintWriter(err, true));
        return rasd.execute(args);
    }

    @Test
    void importsUnderTheBasePathIntoTheSpaceWithTheApiKey() {
        int code = rasd("kibana-setup", kibana + "/kibana", "--space", "ops", "--api-key", "a2V5");

        assertThat(code).as(err.toString()).isZero();
        assertThat(requests).containsExactly(
                "POST " + IMPORT_PATH + "?overwrite=true kbn-xsrf=true ApiKey a2V5");
        assertThat(out.toString()).isEqualTo("imported 14 Kibana objects for the indices rasd-* into " + kibana
                + "/kibana (space ops)" + System.lineSeparator());
    }

    @Test
    void namesEachObjectKibanaRefusedAndExitsOne() {
        importAnswer = "{\"success\":false,\"successCount\":13,\"errors\":[{\"id\":\"rasd-overview\","
                + "\"type\":\"dashboard\",\"meta\":{\"title\":\"Rasd: Arabic news overview\"},\"error\":"
                + "{\"type\":\"missing_references\",\"references\":[{\"type\":\"search\",\"id\":\"rasd-feed-health\"}]}}]}";

        int code = rasd("kibana-setup", kibana + "/kibana/", "--space", "ops", "--api-key", "a2V5");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: Kibana at " + kibana + "/kibana/ imported 13 saved objects and"
                + " could not import 1:\n"
                + "  dashboard rasd-overview \"Rasd: Arabic news overview\": missing_references: search rasd-feed-health"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void withoutTheSpaceOrTheKeyItSaysWhatToCheckAndExitsOne() {
        assertThat(rasd("kibana-setup", kibana + "/kibana", "--api-key", "a2V5")).isEqualTo(1);
        assertThat(rasd("kibana-setup", kibana + "/kibana", "--space", "ops")).isEqualTo(1);

        assertThat(err.toString()).contains("answered 404").contains("check Kibana's base path in the URL and the space")
                .contains("answered 401").contains("it wants an API key, or a user and password");
    }

    @Test
    void aUserWithoutPasswordIsRefusedBeforeAnyRequest() {
        assertThat(rasd("kibana-setup", kibana, "--user", "elastic")).isEqualTo(1);

        assertThat(err.toString()).contains("a Kibana user and password must be given together");
        assertThat(requests).isEmpty();
    }

    @Test
    void printsTheObjectsOfThePrefixWithoutContactingKibana() {
        assertThat(rasd("kibana-setup", "--print")).isZero();

        assertThat(out.toString()).isEqualTo(SavedObjects.of(new IndexNames("rasd")).ndjson());
        assertThat(requests).isEmpty();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (exchange) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
