package dev.rasd.index.write;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Pairs an article that has no story yet with its story assignment, so that both are written in one document
 * write. The two come on separate topics, read independently, in either order: whichever comes first is held,
 * keyed by its document, and the other one releases both as a {@link Joined} pair. When the wait runs out, the
 * held record is released {@link Alone} and written as it would be without this class.
 *
 * <p><b>How long.</b> A record waits {@code wait} for its counterpart while the counterpart's topic is read up to
 * date: live, enrich-service writes the assignment 100–300 ms after its article. While that topic is behind (a
 * backlog, after an outage or a restart), the counterpart may be in Kafka, unread, for reasons that have nothing to
 * do with enrich-service (this consumer was busy writing), so the record waits up to {@code backlogWait} instead.
 *
 * <p>Every record handed in comes out exactly once, as a release of the call that received it or of a later
 * {@link #expired} or {@link #releaseAll()}. A second article (a revision, a re-delivery) or assignment for a
 * document that already has one held releases the held one alone, first, and is held in its place. Holding is
 * bounded: with {@code capacity} records held, a new record that pairs with none is released alone at once. A zero
 * {@code wait} holds nothing.
 *
 * <p>Not thread-safe: the consumer thread uses it.
 *
 * @param <T> the records held
 */
public final class StoryJoin<T> {

    private final Duration wait;
    private final Duration backlogWait;
    private final int capacity;
    private final InstantSource clock;
    /** Each in arrival order, so that the first held is the first to run out of time. */
    private final LinkedHashMap<String, Held<T>> articles = new LinkedHashMap<>();
    private final LinkedHashMap<String, Held<T>> assignments = new LinkedHashMap<>();

    /**
     * A join holding records for up to {@code wait} (zero: never), or {@code backlogWait} while their counterparts'
     * topic is behind, at most {@code capacity} at once, timed by {@code clock}.
     */
    public StoryJoin(Duration wait, Duration backlogWait, int capacity, InstantSource clock) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("story wait must not be negative: " + wait);
        }
        if (backlogWait.compareTo(wait) < 0) {
            throw new IllegalArgumentException("backlog wait " + backlogWait + " is shorter than the wait " + wait);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.wait = wait;
        this.backlogWait = backlogWait;
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes an article without story of document {@code key}; returns what can be written now. */
    public List<Release<T>> article(String key, T article) {
        return arrive(Side.ARTICLE, key, article);
    }

    /** Takes a story assignment of document {@code key}; returns what can be written now. */
    public List<Release<T>> assignment(String key, T assignment) {
        return arrive(Side.ASSIGNMENT, key, assignment);
    }

    /**
     * Releases, alone, every record that has waited long enough, in arrival order per topic.
     *
     * @param articlesBehind whether the articles topic has records not read yet, so that a held assignment's article
     *     may still come
     * @param assignmentsBehind the same of the stories topic, for held articles
     */
    public List<Release<T>> expired(boolean articlesBehind, boolean assignmentsBehind) {
        Instant now = clock.instant();
        List<Release<T>> released = new ArrayList<>();
        expire(articles, now.minus(assignmentsBehind ? backlogWait : wait), released);
        expire(assignments, now.minus(articlesBehind ? backlogWait : wait), released);
        return released;
    }

    /** Releases, alone, every record held (on shutdown or when partitions move to another consumer). */
    public List<Release<T>> releaseAll() {
        List<Release<T>> released = new ArrayList<>(articles.size() + assignments.size());
        articles.values().forEach(h -> released.add(h.alone()));
        assignments.values().forEach(h -> released.add(h.alone()));
        articles.clear();
        assignments.clear();
        return released;
    }

    /**
     * When the first held record runs out of time if its counterpart's topic is read up to date, or null when
     * nothing is held.
     */
    public Instant nextDeadline() {
        Instant first = null;
        for (LinkedHashMap<String, Held<T>> held : List.of(articles, assignments)) {
            if (!held.isEmpty()) {
                Instant heldAt = held.firstEntry().getValue().heldAt();
                first = first == null || heldAt.isBefore(first) ? heldAt : first;
            }
        }
        return first == null ? null : first.plus(wait);
    }

    /** Articles held, waiting for their story. */
    public int heldArticles() {
        return articles.size();
    }

    /** Story assignments held, waiting for their article. */
    public int heldAssignments() {
        return assignments.size();
    }

    private List<Release<T>> arrive(Side side, String key, T record) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(record, "record");
        if (wait.isZero()) {
            return List.of(new Alone<>(side, record));
        }
        Held<T> counterpart = (side == Side.ARTICLE ? assignments : articles).remove(key);
        if (counterpart != null) {
            return List.of(side == Side.ARTICLE
                    ? new Joined<>(record, counterpart.record())
                    : new Joined<>(counterpart.record(), record));
        }
        LinkedHashMap<String, Held<T>> own = side == Side.ARTICLE ? articles : assignments;
        List<Release<T>> released = new ArrayList<>(2);
        Held<T> earlier = own.remove(key);
        if (earlier != null) {
            released.add(earlier.alone());
        }
        if (articles.size() + assignments.size() >= capacity) {
            released.add(new Alone<>(side, record));
        } else {
            own.put(key, new Held<>(side, record, clock.instant()));
        }
        return released;
    }

    private static <T> void expire(LinkedHashMap<String, Held<T>> held, Instant heldBefore, List<Release<T>> released) {
        for (Iterator<Held<T>> it = held.values().iterator(); it.hasNext(); ) {
            Held<T> next = it.next();
            if (next.heldAt().isAfter(heldBefore)) {
                break;
            }
            it.remove();
            released.add(next.alone());
        }
    }

    /** Which topic a record came from. */
    public enum Side {
        /** An article without story. */
        ARTICLE,
        /** A story assignment. */
        ASSIGNMENT
    }

    /** Records to write now. */
    public sealed interface Release<T> permits Alone, Joined {}

    /** One record to write as it is: its counterpart did not come in time. */
    public record Alone<T>(Side side, T record) implements Release<T> {}

    /** An article and its story assignment, to write as one document. */
    public record Joined<T>(T article, T assignment) implements Release<T> {}

    private record Held<T>(Side side, T record, Instant heldAt) {

        Alone<T> alone() {
            return new Alone<>(side, record);
        }
    }
}
