package dev.rasd.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A local HTTP server for tests: each path answers with a programmable {@link Responder}; requests are recorded. */
public final class FeedServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    /** A request as received. */
    public record Request(String path, Map<String, List<String>> headers) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final HttpServer server;
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FeedServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders())));
                Responder responder = responders.get(path);
                if (responder == null) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    responder.respond(exchange);
                }
            }
        });
        server.start();
    }

    /** A server on 127.0.0.1 and a free port. */
    public static FeedServer start() {
        return start("127.0.0.1");
    }

    /** A server on {@code address} (any 127.x.y.z on Linux) and a free port. */
    public static FeedServer start(String address) {
        try {
            return new FeedServer(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of {@code path} on this server. */
    public URI url(String path) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
    }

    /** Answers {@code path} with {@code responder} from now on. */
    public FeedServer on(String path, Responder responder) {
        responders.put(path, responder);
        return this;
    }

    /** Answers {@code path} with a fixed 200 body. */
    public FeedServer serve(String path, String contentType, byte[] body) {
        return on(path, exchange -> send(exchange, 200, contentType, body));
    }

    /** Answers {@code path} with a fixed 200 text body (UTF-8). */
    public FeedServer serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The requests received for {@code path}. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Sends a complete response. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body.length == 0 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
