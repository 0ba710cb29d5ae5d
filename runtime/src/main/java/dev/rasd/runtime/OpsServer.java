package dev.rasd.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The operations endpoint of a service: {@code GET /health} (200 when healthy, 503 otherwise, JSON details) and
 * {@code GET /metrics} (Prometheus text format).
 */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code host:port} ({@code port} 0 picks a free one).
     *
     * @param name the service's name, reported on {@code /health}
     * @param registry the registry whose meters {@code /metrics} shows
     * @param health asked on every {@code /health} request
     */
    public static OpsServer start(String host, int port, String name, PrometheusMeterRegistry registry,
            Supplier<Health> health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name + "-ops");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/health", exchange -> {
                Health h = health.get();
                String body = "{\"service\":\"" + name + "\",\"status\":\"" + (h.healthy() ? "UP" : "DOWN") + "\""
                        + (h.details().isEmpty() ? "" : ",\"details\":" + toJson(h.details())) + "}";
                respond(exchange, h.healthy() ? 200 : 503, "application/json", body);
            });
            server.createContext("/metrics", exchange ->
                    respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.start();
            return new OpsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve /health and /metrics on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    /** The port actually listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Minimal JSON for flat detail maps of strings, numbers and booleans. */
    static String toJson(Map<String, Object> details) {
        return details.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
