package dev.rasd.launcher;

import com.sun.net.httpserver.HttpServer;
import dev.rasd.stack.news.ArticlePage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * News sites on 127.0.0.1 for end-to-end tests: RSS feeds whose items can be added while the pipeline runs, the
 * article pages they link to, and a webhook receiver that records what it is sent.
 */
final class LocalNewsSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, List<String>> feeds = new ConcurrentHashMap<>();
    final List<String> webhookBodies = new CopyOnWriteArrayList<>();

    LocalNewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/webhook")) {
                webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                body = new byte[0];
                type = "text/plain";
            } else if (feeds.containsKey(path)) {
                body = rss(path).getBytes(StandardCharsets.UTF_8);
                type = "application/rss+xml; charset=utf-8";
            } else if (pages.containsKey(path)) {
                body = pages.get(path);
                type = "text/html; charset=utf-8";
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Adds a feed at {@code path} with no items yet. */
    void feed(String path) {
        feeds.put(path, new CopyOnWriteArrayList<>());
    }

    /** Publishes an article: its page at {@code path}, and an item in the feed. */
    void publish(String feed, String path, String title, String text) {
        String url = url(path);
        pages.put(path, ArticlePage.html(url, title, text, Instant.now()).getBytes(StandardCharsets.UTF_8));
        feeds.get(feed).add(0, "<item><title>" + title + "</title><link>" + url + "</link><guid>" + url
                + "</guid><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + title + "</description></item>");
    }

    /** Publishes an item with a title and text and nothing else, as breaking-news tickers do: no link, no guid. */
    void publishWithoutLink(String feed, String title, String text) {
        feeds.get(feed).add(0, "<item><title>" + title + "</title><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC))
                + "</pubDate><description>" + text + "</description></item>");
    }

    private String rss(String path) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + path
                + "</title><link>" + url("/") + "</link>" + String.join("", new ArrayList<>(feeds.get(path)))
                + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
