package dev.rasd.enrich.pipeline;

import dev.rasd.contract.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The outlets (distinct sources) that carry a story, and the watches that alerted on it: what the story step needs
 * to write a follow-up of each of those alerts when one more outlet carries the story. Pure and immutable.
 *
 * @param sources the sources of the story's articles, sorted; an article without a source counts as one outlet
 *     named {@code ""}
 * @param alertedWatches the watches that raised an alert on the story, sorted
 * @param seenAtMillis when an article of the story (or an alert on it) was last seen, for the retention sweep
 */
record StoryOutlets(List<String> sources, List<String> alertedWatches, long seenAtMillis) {

    StoryOutlets {
        sources = List.copyOf(new TreeSet<>(sources));
        alertedWatches = List.copyOf(new TreeSet<>(alertedWatches));
    }

    /** A story nothing is known of yet. */
    static StoryOutlets none(long nowMillis) {
        return new StoryOutlets(List.of(), List.of(), nowMillis);
    }

    /** How many outlets carry the story; at least 1 once an article of it is known. */
    int count() {
        return sources.size();
    }

    /** The story, also carried by {@code source} (null when the article names none), seen at {@code nowMillis}. */
    StoryOutlets carriedBy(String source, long nowMillis) {
        TreeSet<String> more = new TreeSet<>(sources);
        more.add(source == null ? "" : source);
        return new StoryOutlets(List.copyOf(more), alertedWatches, nowMillis);
    }

    /** The story, with an alert of {@code watchId} raised on it. */
    StoryOutlets alertedBy(String watchId, long nowMillis) {
        TreeSet<String> watches = new TreeSet<>(alertedWatches);
        watches.add(watchId);
        return new StoryOutlets(sources, List.copyOf(watches), Math.max(seenAtMillis, nowMillis));
    }

    /**
     * The follow-up of {@code alert} when the story now has more outlets than the alert says: the same alert (same
     * id and every field) of kind {@link Alert.Kind#FOLLOW_UP}, with this count of outlets and last seen at
     * {@code now}; empty when the count did not grow past the alert's.
     */
    Optional<Alert> followUpOf(Alert alert, Instant now) {
        if (count() <= alert.outlets()) {
            return Optional.empty();
        }
        return Optional.of(new Alert(alert.schemaVersion(), alert.id(), alert.watchId(), alert.articleId(),
                alert.storyId(), alert.url(), alert.title(), alert.source(), alert.language(), alert.publishedAt(),
                alert.fetchedAt(), alert.matchedTerms(), alert.snippet(), alert.detectedAt(), Alert.Kind.FOLLOW_UP,
                count(), now, alert.spike()));
    }
}
