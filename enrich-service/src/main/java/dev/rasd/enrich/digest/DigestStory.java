package dev.rasd.enrich.digest;

import dev.rasd.contract.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One story of a digest: what its alerts say together. Pure.
 *
 * @param storyId the story
 * @param title the headline of the article that raised the alert
 * @param url that article's URL, or null
 * @param sources the sources named by the story's alerts, sorted
 * @param firstSeenAt when the story was first alerted on
 * @param lastSeenAt when an article of it was last seen
 * @param snippet the passage around the match
 * @param outlets how many outlets carry it, by its latest follow-up
 */
public record DigestStory(String storyId, String title, String url, List<String> sources, Instant firstSeenAt,
        Instant lastSeenAt, String snippet, int outlets) {

    public DigestStory {
        sources = List.copyOf(sources);
    }

    /** The stories of {@code alerts}, one per story, in the order they were first seen. */
    public static List<DigestStory> of(List<Alert> alerts) {
        Map<String, List<Alert>> byStory = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            byStory.computeIfAbsent(alert.storyId(), story -> new ArrayList<>()).add(alert);
        }
        return byStory.values().stream().map(DigestStory::ofStory)
                .sorted(Comparator.comparing(DigestStory::firstSeenAt)).toList();
    }

    private static DigestStory ofStory(List<Alert> alerts) {
        Alert first = alerts.stream().min(Comparator.comparing(Alert::detectedAt)).orElseThrow();
        Alert latest = alerts.stream().max(Comparator.comparingInt(Alert::outlets)
                .thenComparing(alert -> seenAt(alert))).orElseThrow();
        TreeSet<String> sources = new TreeSet<>();
        alerts.stream().map(Alert::source).filter(Objects::nonNull).forEach(sources::add);
        Instant lastSeen = alerts.stream().map(DigestStory::seenAt).max(Comparator.naturalOrder()).orElseThrow();
        return new DigestStory(first.storyId(), first.title(), first.url(), List.copyOf(sources),
                first.detectedAt(), lastSeen, first.snippet(), Math.max(1, latest.outlets()));
    }

    private static Instant seenAt(Alert alert) {
        return alert.lastSeenAt() == null ? alert.detectedAt() : alert.lastSeenAt();
    }
}
