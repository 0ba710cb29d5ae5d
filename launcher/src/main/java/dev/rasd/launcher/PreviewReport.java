package dev.rasd.launcher;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A {@link PreviewSummary} as text: {@code rasd watch test} prints it whole, {@code rasd watch add} its count line.
 * Articles are shown as {@code rasd alerts} shows alerts, with the watch matcher's snippet, the matched words
 * between {@code «} and {@code »}.
 */
final class PreviewReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private PreviewReport() {}

    /**
     * One line: how many articles and stories the watch would have matched, e.g.
     * {@code would have matched 4 articles in 3 stories in the last 7d}.
     *
     * @param window the window as the user wrote it, e.g. {@code 7d}
     */
    static String countLine(PreviewSummary summary, String window) {
        return "would have matched " + plural(summary.articles(), "article") + " in "
                + plural(summary.stories(), "story") + " in the last " + window;
    }

    /**
     * The whole preview: the count line, a row per day with matches, the newest articles with their snippets, and
     * how the articles were found.
     *
     * @param window the window as the user wrote it
     */
    static String full(WatchPreview.Result result, String window) {
        PreviewSummary summary = PreviewSummary.of(result.matches());
        StringBuilder out = new StringBuilder(countLine(summary, window)).append('\n');
        if (!summary.days().isEmpty()) {
            out.append(String.format("%n%-12s %8s %8s%n", "day (UTC)", "articles", "stories"));
            summary.days().forEach(day -> out.append(String.format("%-12s %8d %8d%n", day.date(), day.articles(),
                    day.stories())));
            out.append(String.format("%nnewest %d of %d:%n", summary.newest().size(), summary.articles()));
            summary.newest().forEach(match -> out.append(line(match)).append('\n'));
        }
        return out.append('\n').append("nothing saved (").append(method(result)).append(")\n").toString();
    }

    /** How the matches were found: candidates selected by Elasticsearch, or every article of the window. */
    private static String method(WatchPreview.Result result) {
        return result.scanned()
                ? "all " + plural(result.examined(), "article") + " of the window checked by the watch matcher"
                : plural(result.examined(), "candidate") + " from Elasticsearch checked by the watch matcher";
    }

    /** An article as {@code rasd alerts} shows an alert: time, source and title, then snippet and URL indented. */
    private static String line(PreviewMatch match) {
        return TIME.format(match.time()) + "  " + orDash(match.source()) + " — " + oneLine(match.title())
                + "\n    " + oneLine(match.snippet()) + (match.url() == null ? "" : "\n    " + match.url());
    }

    /** {@code count} with {@code noun}, made plural unless the count is one: {@code 1 story}, {@code 3 stories}. */
    static String plural(long count, String noun) {
        String nouns = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return count + " " + (count == 1 ? noun : nouns);
    }

    private static String oneLine(String text) {
        return orDash(text == null ? null : text.replaceAll("\\s+", " ").strip());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
