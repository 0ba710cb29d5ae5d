package dev.rasd.index.template;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The names of Rasd's indices, templates and aliases under one prefix.
 *
 * <p>Articles and alerts go to monthly indices ({@code <prefix>-articles-2026.11}) read through an alias
 * ({@code <prefix>-articles}) that every monthly index joins when its template creates it, so old months can be
 * closed, shrunk or deleted one at a time. A document picks its month from its own dates (see
 * {@link dev.rasd.index.document.DocumentMapper}), never from the clock, so a re-delivery lands in the same index
 * and overwrites itself. Feed status is small and keyed by feed id: one index, {@code <prefix>-feeds}.
 *
 * @param prefix the lower-case prefix, {@code rasd} in production
 */
public record IndexNames(String prefix) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC);

    public IndexNames {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** The alias over every month of articles, and the name of their template. */
    public String articles() {
        return prefix + "-articles";
    }

    /** The alias over every month of alerts, and the name of their template. */
    public String alerts() {
        return prefix + "-alerts";
    }

    /** The feed-status index, and the name of its template. */
    public String feeds() {
        return prefix + "-feeds";
    }

    /** The monthly articles index that holds a document dated {@code date} (UTC month). */
    public String articlesIndex(Instant date) {
        return articles() + "-" + MONTH.format(date);
    }

    /** The monthly alerts index that holds an alert detected at {@code date} (UTC month). */
    public String alertsIndex(Instant date) {
        return alerts() + "-" + MONTH.format(date);
    }

    /** The indices that hold the documents of {@code now}: its month's articles and alerts, and the feeds index. */
    public List<String> indicesOf(Instant now) {
        return List.of(articlesIndex(now), alertsIndex(now), feeds());
    }
}
