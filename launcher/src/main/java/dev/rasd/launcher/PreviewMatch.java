package dev.rasd.launcher;

import java.time.Instant;
import java.util.Objects;

/**
 * An indexed article that a previewed watch matches.
 *
 * @param id the article's id
 * @param storyId its story, or null when it has none yet
 * @param time its time ({@code publishedAt}, else {@code fetchedAt}, else {@code firstSeenAt})
 * @param source the publisher
 * @param title the headline
 * @param url the article's URL, or null
 * @param snippet the watch matcher's passage around the first match, matched words between {@code «} and {@code »}
 */
record PreviewMatch(String id, String storyId, Instant time, String source, String title, String url,
        String snippet) {

    PreviewMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
    }

    /** The story the article counts in: its story, or the article alone when it has none. */
    String story() {
        return storyId == null ? id : storyId;
    }
}
