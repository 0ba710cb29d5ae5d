package dev.rasd.bench.fault;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 that publishes articles while the pipeline runs: {@code feedCount} RSS feeds at
 * {@code /feeds/NN.xml}, each listing only its latest {@code itemsPerFeed} items newest first (as real feeds do), and an HTML page with
 * JSON-LD per article at {@code /articles/N.html}. Pages stay served for the whole run, so an ingest-service that
 * restarts late can still fetch what it missed while the item is in its feed.
 */
final class NewsWire implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final int feedCount;
    private final int itemsPerFeed;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final List<Deque<String>> feeds = new ArrayList<>();

    /**
     * @param feedCount how many feeds the articles are spread over
     * @param itemsPerFeed how many items a feed lists; older ones drop off, so a poller that is away longer than
     *     {@code itemsPerFeed} items of its feed misses articles
     */
    NewsWire(int feedCount, int itemsPerFeed) throws IOException {
        this.feedCount = feedCount;
        this.itemsPerFeed = itemsPerFeed;
        for (int i = 0; i < feedCount; i++) {
            feeds.add(new ArrayDeque<>());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(handlers);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The URL of feed {@code index} (0-based). */
    String feedUrl(int index) {
        return url("/feeds/" + String.format("%02d", index) + ".xml");
    }

    int feedCount() {
        return feedCount;
    }

    /**
     * Publishes article {@code number}: serves its page, then lists it in feed {@code number % feedCount}.
     *
     * @return the article's canonical URL
     */
    String publish(int number) {
        String url = url("/articles/" + number + ".html");
        String title = SyntheticArticles.title(number);
        String text = SyntheticArticles.text(number);
        Instant now = Instant.now();
        pages.put(url, ArticlePage.html(url, title, text, now).getBytes(StandardCharsets.UTF_8));
        String item = "<item><title>" + title + "</title><link>" + url + "</link><guid>" + url + "</guid><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)) + "</pubDate><description>"
                + title + "</description></item>";
        Deque<String> feed = feeds.get(number % feedCount);
        synchronized (feed) {
            feed.addFirst(item);
            if (feed.size() > itemsPerFeed) {
                feed.removeLast();
            }
        }
        return url;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        String type = "text/html; charset=utf-8";
        if (path.startsWith("/feeds/")) {
            int index = feedIndex(path);
            if (index >= 0) {
                body = rss(index).getBytes(StandardCharsets.UTF_8);
                type = "application/rss+xml; charset=utf-8";
            }
        } else {
            body = pages.get(url(path));
        }
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private int feedIndex(String path) {
        try {
            int index = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            return index >= 0 && index < feedCount ? index : -1;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }

    private String rss(int index) {
        Deque<String> feed = feeds.get(index);
        String items;
        synchronized (feed) {
            items = String.join("", feed);
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>وكالة الأنباء "
                + index + "</title><link>" + url("/") + "</link>" + items + "</channel></rss>";
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
