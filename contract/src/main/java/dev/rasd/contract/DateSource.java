package dev.rasd.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an article's publication date was read, from most to least trusted. A page's structured data and head come
 * first; the feed's date is trusted over what is only inferred from the page's address or visible byline, which a
 * feed date, when there is one, replaces.
 */
public enum DateSource {
    /** {@code datePublished} of the page's JSON-LD article. */
    JSON_LD("json-ld"),
    /** A meta tag: {@code article:published_time}, OpenGraph, Parse.ly, Dublin Core, {@code itemprop=datePublished}. */
    META("meta"),
    /** A {@code <time datetime>} in the article or its header. */
    TIME_ELEMENT("time-element"),
    /** The date of the feed item. */
    FEED("feed"),
    /** A date in the page's URL path ({@code /2024/05/01/}): the day only. */
    URL_PATH("url-path"),
    /** A date written in the visible byline, in Arabic or English. */
    BYLINE("byline");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    /** The label written in JSON, e.g. {@code json-ld}. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Whether a date from this source is to be taken over one from {@code other}. */
    public boolean isMoreTrustedThan(DateSource other) {
        return other == null || compareTo(other) < 0;
    }
}
