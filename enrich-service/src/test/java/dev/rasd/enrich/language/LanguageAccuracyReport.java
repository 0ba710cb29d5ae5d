package dev.rasd.enrich.language;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Accuracy of {@link LanguageDetector} per language and snippet kind on the labelled sample
 * {@code src/test/resources/language/samples.tsv} (see the README beside it), with the confusions.
 *
 * <p>Run: {@code ./mvnw -B -q -pl enrich-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.rasd.enrich.language.LanguageAccuracyReport}
 */
public final class LanguageAccuracyReport {

    static final String SAMPLE_RESOURCE = "/language/samples.tsv";

    /** One line of the sample: the expected tag, where the text comes from, its kind and the text. */
    record LabelledSnippet(String tag, String source, String kind, String text) {
    }

    /** Correct detections out of all for one language and kind. */
    record Tally(int correct, int total) {
        double accuracy() {
            return total == 0 ? Double.NaN : correct / (double) total;
        }
    }

    /** Tallies by language, then by kind. */
    private final Map<String, Map<String, Tally>> tallies = new TreeMap<>();
    /** Wrong answers, keyed {@code expected → detected}, with their counts. */
    private final Map<String, Integer> confusions = new TreeMap<>();

    private LanguageAccuracyReport() {
    }

    /** Runs {@code detector} over every snippet of {@code sample}. */
    static LanguageAccuracyReport measure(LanguageDetector detector, List<LabelledSnippet> sample) {
        LanguageAccuracyReport report = new LanguageAccuracyReport();
        for (LabelledSnippet snippet : sample) {
            String detected = detector.detect(snippet.text()).tag();
            boolean correct = detected.equals(snippet.tag());
            report.tallies.computeIfAbsent(snippet.tag(), tag -> new TreeMap<>())
                    .merge(snippet.kind(), new Tally(correct ? 1 : 0, 1),
                            (a, b) -> new Tally(a.correct() + b.correct(), a.total() + b.total()));
            if (!correct) {
                report.confusions.merge(snippet.tag() + " → " + detected, 1, Integer::sum);
            }
        }
        return report;
    }

    /** The tally of {@code tag} on snippets of {@code kind}, e.g. {@code paragraph} or {@code short}. */
    Tally tally(String tag, String kind) {
        return tallies.getOrDefault(tag, Map.of()).getOrDefault(kind, new Tally(0, 0));
    }

    /** The accuracy table and the confusion pairs, as plain text. */
    String format() {
        List<String> kinds = tallies.values().stream().flatMap(byKind -> byKind.keySet().stream())
                .distinct().sorted().toList();
        StringBuilder out = new StringBuilder(String.format("%-5s", "lang"));
        kinds.forEach(kind -> out.append(String.format("  %-18s", kind)));
        out.append('\n');
        tallies.forEach((tag, byKind) -> {
            out.append(String.format("%-5s", tag));
            for (String kind : kinds) {
                Tally tally = byKind.get(kind);
                out.append(tally == null ? String.format("  %-18s", "-")
                        : String.format("  %-18s", String.format("%.3f (%d/%d)",
                                tally.accuracy(), tally.correct(), tally.total())));
            }
            out.append('\n');
        });
        out.append("confusions (expected → detected: count): ");
        out.append(confusions.isEmpty() ? "none" : confusions.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        return out.append('\n').toString();
    }

    /** Reads the labelled sample from the test classpath. */
    static List<LabelledSnippet> loadSample() {
        return SampleFile.read(SAMPLE_RESOURCE, "tag, source, kind, text", f -> new LabelledSnippet(f[0], f[1], f[2], f[3]));
    }

    public static void main(String[] args) {
        System.out.print(measure(new LanguageDetector(), loadSample()).format());
    }
}
