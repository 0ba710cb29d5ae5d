package dev.rasd.ingest.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The rows of a feeds check as a text table, columns aligned, and a closing count. */
public final class FeedCheckTable {

    private static final List<String> HEADER =
            List.of("id", "enabled", "status", "http", "items", "newest", "encoding", "error");

    private FeedCheckTable() {
    }

    /** The table: a header line, one line per row in the order given, then a line counting the failures. */
    public static String render(List<FeedCheck> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        rows.forEach(row -> cells.add(cells(row)));
        int[] widths = IntStream.range(0, HEADER.size())
                .map(column -> cells.stream().mapToInt(line -> line.get(column).length()).max().orElse(0))
                .toArray();
        StringBuilder table = new StringBuilder();
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int column = 0; column < line.size(); column++) {
                boolean last = column == line.size() - 1;
                text.append(last ? line.get(column) : pad(line.get(column), widths[column] + 2));
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        long ok = rows.stream().filter(row -> row.status() == FeedCheck.Status.OK).count();
        long failing = rows.stream().filter(FeedCheck::failsTheCheck).count();
        table.append(rows.size()).append(rows.size() == 1 ? " feed" : " feeds").append(" checked: ").append(ok)
                .append(" ok, ").append(failing).append(" enabled ").append(failing == 1 ? "feed" : "feeds")
                .append(" failing\n");
        return table.toString();
    }

    private static List<String> cells(FeedCheck row) {
        String items = row.status() == FeedCheck.Status.OK ? Integer.toString(row.items()) : "-";
        return List.of(row.feedId(), row.enabled() ? "yes" : "no", row.status().label(),
                orDash(row.httpStatus()), items, orDash(row.newest()), orDash(row.encoding()),
                row.error() == null ? "" : row.error());
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(width - value.length());
    }
}
