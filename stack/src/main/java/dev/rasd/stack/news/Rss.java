package dev.rasd.stack.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds RSS 2.0 documents, for the local news sites of tests and benchmarks. */
public final class Rss {

    /** One item. */
    public record Item(String guid, String link, String title, String description, Instant published) {}

    private Rss() {}

    /** An RSS document with {@code items} in the given order (feeds list the newest first). */
    public static String of(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>https://example.com/</link>
                """.formatted(title));
        for (Item item : items) {
            xml.append("<item><guid isPermaLink=\"false\">").append(item.guid()).append("</guid>")
                    .append("<link>").append(item.link()).append("</link>")
                    .append("<title>").append(item.title()).append("</title>")
                    .append("<description>").append(item.description()).append("</description>");
            if (item.published() != null) {
                xml.append("<pubDate>")
                        .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atOffset(ZoneOffset.UTC)))
                        .append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
