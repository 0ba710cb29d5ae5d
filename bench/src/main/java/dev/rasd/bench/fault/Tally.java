package dev.rasd.bench.fault;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What arrived compared with what was expected, for articles or alerts identified by URL.
 *
 * @param expected distinct URLs that should have arrived
 * @param records records that arrived (a duplicate counts twice)
 * @param distinct distinct URLs among them
 * @param lost expected URLs that did not arrive
 * @param duplicated records beyond one per URL
 * @param unexpected distinct URLs that arrived but were not expected
 * @param lostExamples a few lost URLs, for the report
 */
public record Tally(int expected, int records, int distinct, int lost, int duplicated, int unexpected, List<String> lostExamples) {

    /** Compares {@code arrived} (one URL per record) with {@code expected}. */
    static Tally of(Collection<String> expected, List<String> arrived) {
        Set<String> wanted = Set.copyOf(expected);
        Set<String> seen = new HashSet<>(arrived);
        List<String> missing = wanted.stream().filter(url -> !seen.contains(url)).sorted().toList();
        int unexpected = (int) seen.stream().filter(url -> !wanted.contains(url)).count();
        return new Tally(wanted.size(), arrived.size(), seen.size(), missing.size(), arrived.size() - seen.size(),
                unexpected, missing.subList(0, Math.min(5, missing.size())));
    }

    /** One line: expected, records, distinct, lost, duplicated, unexpected. */
    public String line() {
        return String.format("expected %d, records %d, distinct %d, lost %d, duplicated %d, unexpected %d%s", expected,
                records, distinct, lost, duplicated, unexpected, lostExamples.isEmpty() ? "" : " (lost e.g. " + lostExamples + ")");
    }
}
