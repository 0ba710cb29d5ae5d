package dev.rasd.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.rasd.contract.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rasd feeds check} against feeds served on 127.0.0.1: a good one, a dead one, an HTML page, a 403. */
class FeedsCheckCommandTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>أخبار</title><link>http://127.0.0.1/</link>
            <item><link>http://127.0.0.1/a/1</link><title>خبر أول</title>
              <pubDate>Fri, 01 May 2026 09:00:00 +0300</pubDate></item>
            <item><link>http://127.0.0.1/a/2</link><title>خبر ثان</title>
              <pubDate>Fri, 01 May 2026 12:30:00 +0300</pubDate></item>
            </channel></rss>
            """;

    private HttpServer server;
    private String base;
    private String dead;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void serveFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                switch (exchange.getRequestURI().getPath()) {
                    case "/good.xml" -> send(exchange, 200, "application/rss+xml; charset=utf-8", RSS);
                    case "/home" -> send(exchange, 200, "text/html; charset=utf-8",
                            "<!DOCTYPE html><html><head><title>الرئيسية</title></head><body></body></html>");
                    case "/blocked" -> send(exchange, 403, "text/html", "<html>Access denied</html>");
                    default -> send(exchange, 404, "text/plain", "not found");
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = "http://127.0.0.1:" + socket.getLocalPort() + "/feed"; // closed below: connections are refused
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(bytes);
        }
    }

    private Path catalog(Path dir) throws IOException {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, """
                feeds:
                  - {id: good, name: جيد, site: "%1$s/", url: "%1$s/good.xml", country: EG, language: ar}
                  - {id: dead, name: ميت, site: "%2$s", url: "%2$s", country: EG, language: ar}
                  - {id: html, name: صفحة, site: "%1$s/", url: "%1$s/home", country: EG, language: ar}
                  - {id: blocked, name: محجوب, site: "%1$s/", url: "%1$s/blocked", country: EG, language: ar}
                  - {id: gone, name: قديم, site: "%1$s/", url: "%1$s/old-rss", country: EG, language: ar,
                     enabled: false}
                """.formatted(base, dead));
        return file;
    }

    /** Runs {@code rasd ARGS} as the command line does, fetching loopback addresses as tests must. */
    private int rasd(String... args) {
        CommandLine rasd = Rasd.commandLine();
        FeedsCommand.Check check = rasd.getSubcommands().get("feeds").getSubcommands().get("check").getCommand();
        check.env = Map.of("RASD_ALLOW_PRIVATE_NETWORKS", "true", "RASD_HOST_DELAY", "10ms",
                "RASD_FETCH_TIMEOUT", "5s");
        rasd.setOut(new PrintWriter(out, true));
        rasd.setErr(new PrintWriter(out, true));
        return rasd.execute(args);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void checksEveryEnabledFeedOfTheFileAndFailsWhenOneOfThemFails(@TempDir Path dir) throws IOException {
        int code = rasd("feeds", "check", "--file", catalog(dir).toString());

        assertThat(code).isEqualTo(1);
        List<String> lines = lines();
        assertThat(lines.getFirst().split(" +"))
                .containsExactly("id", "enabled", "status", "http", "items", "newest", "encoding", "error");
        assertThat(lines.get(1)).matches("good +yes +ok +200 +2 +2026-05-01T09:30:00Z +UTF-8");
        assertThat(lines.get(2)).matches("dead +yes +failed +- +- +- +- +" + dead + ": connection refused");
        assertThat(lines.get(3)).matches("html +yes +not-a-feed +200 +- +- +UTF-8 +not a feed: an HTML page.*");
        assertThat(lines.get(4)).matches("blocked +yes +http-error +403 +- +- +- +HTTP 403 from " + base
                + "/blocked");
        assertThat(lines.get(5)).isEqualTo("4 feeds checked: 1 ok, 3 enabled feeds failing");
        assertThat(lines).hasSize(6);
    }

    @Test
    void checksTheNamedFeedsDisabledOnesTooAndPassesWhenOnlyADisabledOneFails(@TempDir Path dir)
            throws IOException {
        int code = rasd("feeds", "check", "--file", catalog(dir).toString(), "gone", "good");

        assertThat(code).isZero();
        List<String> lines = lines();
        assertThat(lines.get(1)).matches("gone +no +http-error +404 .*");
        assertThat(lines.get(2)).startsWith("good ");
        assertThat(lines.get(3)).isEqualTo("2 feeds checked: 1 ok, 0 enabled feeds failing");
    }

    @Test
    void refusesAnUnknownFeedId(@TempDir Path dir) throws IOException {
        int code = rasd("feeds", "check", "--file", catalog(dir).toString(), "good", "nope");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("error: no feed with id nope" + System.lineSeparator());
    }

    @Test
    void refusesLoopbackFeedsUnlessPrivateNetworksAreAllowed(@TempDir Path dir) throws IOException {
        CommandLine rasd = Rasd.commandLine();
        rasd.setOut(new PrintWriter(out, true));
        FeedsCommand.Check check = rasd.getSubcommands().get("feeds").getSubcommands().get("check").getCommand();
        check.env = Map.of();

        int code = rasd.execute("feeds", "check", "--file", catalog(dir).toString(), "good");

        assertThat(code).isEqualTo(1);
        assertThat(lines().get(1)).matches("good +yes +failed .*");
    }

    @Test
    void selectsTheEnabledFeedsWhenNoIdIsGivenAndTheNamedOnesInOrderOtherwise() {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c")) {
            feeds.put(id, Feed.of(id, id, "https://x.example", "https://x.example/" + id, "EG", "ar", null,
                    !id.equals("b")));
        }

        assertThat(FeedsCommand.Check.selected(feeds, List.of())).extracting(Feed::id).containsExactly("a", "c");
        assertThat(FeedsCommand.Check.selected(feeds, List.of("c", "b", "c"))).extracting(Feed::id)
                .containsExactly("c", "b");
        assertThatThrownBy(() -> FeedsCommand.Check.selected(feeds, List.of("a", "x", "y")))
                .hasMessage("no feed with id x, y");
    }

    @Test
    void theHelpOfFeedsListsTheCheckCommand() {
        CommandLine rasd = Rasd.commandLine();
        rasd.setOut(new PrintWriter(out, true));

        assertThat(rasd.execute("feeds", "--help")).isZero();
        assertThat(out.toString()).contains("check").contains("Poll feeds once");
    }
}
