package dev.rasd.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article's text was found, from most to least trusted. */
public enum Extraction {
    /** The {@code articleBody} of a JSON-LD {@code NewsArticle}/{@code Article}. */
    JSON_LD("json-ld"),
    /** The main text of the page, found by content heuristics. */
    ARTICLE_BODY("article-body"),
    /** The full content the feed item carried. */
    FEED_CONTENT("feed-content"),
    /** Only the feed item's summary: the page could not be fetched or held no text. */
    SUMMARY_ONLY("summary-only");

    private final String label;

    Extraction(String label) {
        this.label = label;
    }

    /** The label written in JSON, e.g. {@code json-ld}. */
    @JsonValue
    public String label() {
        return label;
    }
}
