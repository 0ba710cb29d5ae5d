package dev.rasd.enrich.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accuracy of {@link LanguageDetector} on pieces of 3 to 8 words, per language, on one half of
 * {@code src/test/resources/language/short-pieces.tsv} (see the README beside it), with the rate at which
 * Arabic-script text in another language is called Arabic.
 *
 * <p>The {@code test} half is the held-out one: the rules were written looking at the {@code tune} half only.
 *
 * <p>Run: {@code ./mvnw -B -q -pl enrich-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.rasd.enrich.language.ShortTextAccuracyReport [-Dexec.args=tune]}
 */
public final class ShortTextAccuracyReport {

    static final String SAMPLE_RESOURCE = "/language/short-pieces.tsv";
    /**
     * The row of the Arabic pieces as {@linkplain #typedOnAPersianKeyboard typed on a Persian keyboard}, made from
     * the Arabic pieces rather than read from the sample: the sample's Arabic sources have no such text.
     */
    static final String PERSIAN_KEYBOARD_ARABIC = "ar-fa-keyboard";
    /** Languages of the sample that are written in the Arabic script. */
    static final Set<String> ARABIC_SCRIPT_LANGUAGES = Set.of("ar", "fa", "prs", "ur", "ps", "ckb", "ug", "pnb", "skr");
    /**
     * The tag the detector should give each language of the sample; Dari is Persian to it. Western Punjabi and
     * Saraiki have no tag of their own, so only their being called Arabic is counted.
     */
    private static final Map<String, String> EXPECTED_TAGS = Map.of("prs", "fa", "ar", "ar",
            PERSIAN_KEYBOARD_ARABIC, "ar");
    private static final Set<String> WITHOUT_TAG = Set.of("pnb", "skr");

    /** One line of the sample: the language of the text, its source, its half ({@code tune} or {@code test}). */
    record Piece(String language, String source, String half, String text) {
    }

    /** For one language: pieces, pieces given the expected tag, pieces called Arabic, and the answers. */
    record Tally(int total, int correct, int calledArabic, Map<String, Integer> answers) {
        double accuracy() {
            return total == 0 ? Double.NaN : correct / (double) total;
        }

        double arabicRate() {
            return total == 0 ? Double.NaN : calledArabic / (double) total;
        }
    }

    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<String> arabicMistakes = new ArrayList<>();
    private final List<String> calledArabic = new ArrayList<>();

    private ShortTextAccuracyReport() {
    }

    /** Runs {@code detector} over the pieces of {@code sample} in {@code half}. */
    static ShortTextAccuracyReport measure(LanguageDetector detector, List<Piece> sample, String half) {
        ShortTextAccuracyReport report = new ShortTextAccuracyReport();
        for (Piece sampled : sample) {
            if (!sampled.half().equals(half)) {
                continue;
            }
            report.detect(detector, sampled);
            if (sampled.language().equals("ar")) {
                report.detect(detector, new Piece(PERSIAN_KEYBOARD_ARABIC, sampled.source(), sampled.half(),
                        typedOnAPersianKeyboard(sampled.text())));
            }
        }
        return report;
    }

    /** Arabic as typed on a Persian keyboard, which writes ی for ي and ى and ک for ك. */
    static String typedOnAPersianKeyboard(String arabic) {
        return arabic.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC').replace('\u0643', '\u06A9');
    }

    private void detect(LanguageDetector detector, Piece piece) {
        String detected = detector.detect(piece.text()).tag();
        boolean isArabic = detected.equals("ar");
        String expected = EXPECTED_TAGS.getOrDefault(piece.language(), piece.language());
        boolean correct = WITHOUT_TAG.contains(piece.language()) ? !isArabic : detected.equals(expected);
        tallies.merge(piece.language(),
                new Tally(1, correct ? 1 : 0, isArabic ? 1 : 0, Map.of(detected, 1)), ShortTextAccuracyReport::add);
        if (EXPECTED_TAGS.getOrDefault(piece.language(), "").equals("ar") && !correct) {
            arabicMistakes.add(piece.language() + "\t" + detected + "\t" + piece.text());
        } else if (ARABIC_SCRIPT_LANGUAGES.contains(piece.language()) && !piece.language().equals("ar") && isArabic) {
            calledArabic.add(piece.language() + "\t" + piece.text());
        }
    }

    private static Tally add(Tally a, Tally b) {
        Map<String, Integer> answers = new TreeMap<>(a.answers());
        b.answers().forEach((tag, count) -> answers.merge(tag, count, Integer::sum));
        return new Tally(a.total() + b.total(), a.correct() + b.correct(), a.calledArabic() + b.calledArabic(),
                answers);
    }

    /** The tally of one language of the sample, e.g. {@code ps} or {@code prs}. */
    Tally tally(String language) {
        return tallies.getOrDefault(language, new Tally(0, 0, 0, Map.of()));
    }

    /** Pieces of the Arabic-script languages other than Arabic, and how many of them were called Arabic. */
    Tally otherArabicScript() {
        return tallies.entrySet().stream()
                .filter(e -> !e.getKey().equals("ar") && ARABIC_SCRIPT_LANGUAGES.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(new Tally(0, 0, 0, Map.of()), ShortTextAccuracyReport::add);
    }

    /** The table per language, the rate of other Arabic-script pieces called Arabic, and every such mistake. */
    String format() {
        StringBuilder out = new StringBuilder(String.format("%-5s %-20s %-18s %s%n",
                "lang", "accuracy", "called ar", "answers"));
        tallies.forEach((language, tally) -> out.append(String.format("%-5s %-20s %-18s %s%n", language,
                WITHOUT_TAG.contains(language) ? "- (no tag)"
                        : String.format("%.3f (%d/%d)", tally.accuracy(), tally.correct(), tally.total()),
                String.format("%.3f (%d/%d)", tally.arabicRate(), tally.calledArabic(), tally.total()),
                tally.answers())));
        Tally others = otherArabicScript();
        out.append(String.format("other Arabic-script languages called ar: %.4f (%d/%d)%n",
                others.arabicRate(), others.calledArabic(), others.total()));
        out.append("Arabic not called ar (row, detected, text):\n");
        arabicMistakes.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("other Arabic-script text called ar (language, text):\n");
        calledArabic.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    /** Reads the sample from the test classpath. */
    static List<Piece> loadSample() {
        return SampleFile.read(SAMPLE_RESOURCE, "language, source, half, text", f -> new Piece(f[0], f[1], f[2], f[3]));
    }

    /** Prints the report for the half named by the first argument, {@code test} (the held-out half) by default. */
    public static void main(String[] args) {
        String half = args.length > 0 ? args[0] : "test";
        System.out.println("half: " + half);
        System.out.print(measure(new LanguageDetector(), loadSample(), half).format());
    }
}
