package dev.rasd.launcher;

import dev.rasd.enrich.watch.WatchDocument;
import dev.rasd.index.document.ArticleDocument;

/**
 * What the watch matcher reads of an indexed article: the fields enrich-service gave it when it matched the article
 * live (title, text, the canonical names of its persons, organisations and places, source, language and feed).
 */
final class StoredWatchDocument {

    /** The fields of an article document {@link #of} reads, for requests that fetch only those. */
    static final String[] FIELDS = {"title", "text", "persons", "organizations", "locations", "source", "language",
        "feedId"};

    private StoredWatchDocument() {}

    /** The watch document of {@code article}. */
    static WatchDocument of(ArticleDocument article) {
        return new WatchDocument(article.title(), article.text(), article.persons(), article.organizations(),
                article.locations(), article.source(), article.language(), article.feedId());
    }
}
