package dev.rasd.index.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One article found by {@link Search}.
 *
 * @param publishedAt when it was published, or null when the publisher gave no date
 * @param source the publisher
 * @param title the headline
 * @param url the article's URL
 * @param matchedEntities canonical forms of the entities the query matched
 */
public record SearchHit(Instant publishedAt, String source, String title, String url, List<String> matchedEntities) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    public SearchHit {
        matchedEntities = matchedEntities == null ? List.of() : List.copyOf(matchedEntities);
    }

    /**
     * The hit as one line: time, source, title, URL and, when there are any, the matched entities, e.g.
     * {@code 2026-11-03 10:15Z  الجزيرة  عنوان الخبر  https://…  [حفتر, مصراتة]}.
     */
    public String toLine() {
        String time = publishedAt == null ? "----------------" : TIME.format(publishedAt);
        String line = time + "  " + orDash(source) + "  " + orDash(title).replaceAll("\\s+", " ").strip() + "  "
                + orDash(url);
        return matchedEntities.isEmpty() ? line : line + "  [" + String.join(", ", matchedEntities) + "]";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
