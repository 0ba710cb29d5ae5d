package dev.rasd.launcher.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * Serves the offline demo's feeds and article pages from {@code seeds/demo/} on 127.0.0.1, with the placeholder
 * {@code {port}} in every file replaced by the port it listens on, so feed links and canonical URLs point back here.
 * Pages are served without a charset, as many real sites do, so the pipeline's charset detection is exercised.
 */
public final class DemoServer implements AutoCloseable {

    private static final byte[] PLACEHOLDER = "{port}".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;

    private DemoServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code root} (holding {@code feeds/} and {@code articles/}) on a free port. */
    public static DemoServer start(Path root) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "demo-server");
                t.setDaemon(true);
                return t;
            }));
            int port = server.getAddress().getPort();
            byte[] portBytes = String.valueOf(port).getBytes(StandardCharsets.US_ASCII);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Path file = root.resolve(path.substring(1)).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] body = replace(Files.readAllBytes(file), portBytes);
                exchange.getResponseHeaders().set("Content-Type", contentType(file, body));
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new DemoServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo server: " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static String contentType(Path file, byte[] body) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html";
        }
        String head = new String(body, 0, Math.min(body.length, 400), StandardCharsets.ISO_8859_1);
        return head.contains("<feed") ? "application/atom+xml" : "application/rss+xml";
    }

    static byte[] replace(byte[] body, byte[] port) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        for (int i = 0; i < body.length; i++) {
            if (matchesAt(body, i)) {
                out.write(port, 0, port.length);
                i += PLACEHOLDER.length - 1;
            } else {
                out.write(body[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] body, int at) {
        if (at + PLACEHOLDER.length > body.length) {
            return false;
        }
        for (int j = 0; j < PLACEHOLDER.length; j++) {
            if (body[at + j] != PLACEHOLDER[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
