package dev.rasd.launcher;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a watch would have matched in a window: how many articles and stories, per day, and the newest articles.
 *
 * <p>Articles of one story count as one story, as a watch alerts once per story; an article without a story is a
 * story of its own. A story counts on the day of its first matching article (when the watch would have alerted), so
 * the stories of the days add up to {@link #stories()}. Days are UTC days of the articles' time.
 *
 * @param articles matching articles
 * @param stories distinct stories among them
 * @param days the days with matching articles, oldest first
 * @param newest the newest matching articles, newest first
 */
record PreviewSummary(int articles, int stories, List<Day> days, List<PreviewMatch> newest) {

    /** How many of the newest matching articles a preview shows. */
    static final int NEWEST = 10;

    /** Newest first; the same time ordered by id, so that the choice does not depend on the input's order. */
    private static final Comparator<PreviewMatch> NEWEST_FIRST = Comparator.comparing(PreviewMatch::time).reversed()
            .thenComparing(PreviewMatch::id);

    PreviewSummary {
        days = List.copyOf(days);
        newest = List.copyOf(newest);
    }

    /**
     * One day of a preview.
     *
     * @param date the UTC date
     * @param articles articles matched that day
     * @param stories stories whose first matching article is of that day
     */
    record Day(LocalDate date, int articles, int stories) {}

    /** The summary of {@code matches}, with the {@value #NEWEST} newest of them. */
    static PreviewSummary of(Collection<PreviewMatch> matches) {
        Map<String, PreviewMatch> firstOfStory = new HashMap<>();
        for (PreviewMatch match : matches) {
            firstOfStory.merge(match.story(), match, (a, b) -> NEWEST_FIRST.compare(a, b) > 0 ? a : b);
        }
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        matches.forEach(match -> byDay.computeIfAbsent(dayOf(match), d -> new int[2])[0]++);
        firstOfStory.values().forEach(first -> byDay.get(dayOf(first))[1]++);
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, counts) -> days.add(new Day(date, counts[0], counts[1])));
        List<PreviewMatch> newest = matches.stream().sorted(NEWEST_FIRST).limit(NEWEST).toList();
        return new PreviewSummary(matches.size(), firstOfStory.size(), days, newest);
    }

    private static LocalDate dayOf(PreviewMatch match) {
        return LocalDate.ofInstant(match.time(), ZoneOffset.UTC);
    }
}
