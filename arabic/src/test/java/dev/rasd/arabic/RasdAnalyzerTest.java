package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RasdAnalyzerTest {

    private static final Analyzer ANALYZER = new RasdAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void queryTermMatchesTheCliticCarryingIndexedForm() {
        assertThat(Tokens.of(ANALYZER, "تحالف").terms()).isEqualTo(Tokens.of(ANALYZER, "والتحالف").terms());
        assertThat(Tokens.of(ANALYZER, "الابيض").terms()).isEqualTo(Tokens.of(ANALYZER, "الأبيض").terms());
        assertThat(Tokens.of(ANALYZER, "مصر").terms()).isNotEqualTo(Tokens.of(ANALYZER, "مصراتة").terms());
    }

    @Test
    void queryAnalysisStacksTheProcliticFormsOfTheFirstWordOfSeveral() {
        try (Analyzer queries = RasdAnalyzer.forQueries(null)) {
            Tokens tokens = Tokens.of(queries, "حزب الله");
            assertThat(tokens.terms()).containsExactly("حزب", "بحزب", "كحزب", "لحزب", "وحزب", "فحزب", "فبحزب",
                    "فكحزب", "فلحزب", "الله");
            assertThat(tokens.positions()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
            assertThat(tokens.offsets()).containsOnly("0-3", "4-8");
            assertThat(Tokens.of(queries, "بيان لحزب الله").terms()).contains("لحزب");
        }
    }

    @Test
    void queryAnalysisLeavesASingleWordAndLaterWordsAlone() {
        try (Analyzer queries = RasdAnalyzer.forQueries(null)) {
            assertThat(Tokens.of(queries, "حزب").terms()).containsExactly("حزب");
            assertThat(Tokens.of(queries, "الأمم المتحدة").terms()).containsExactly("امم", "متحده");
            assertThat(Tokens.of(queries, "Biden's visit").terms()).containsExactly("biden", "visit");
        }
    }

    @Test
    void queryAnalysisWithACacheGivesTheSameTerms() {
        try (Analyzer plain = RasdAnalyzer.forQueries(null);
                Analyzer cached = RasdAnalyzer.forQueries(new RasdTermCache(64))) {
            for (String text : new String[] {"حزب الله", "وزير الخارجية", "حزب", "جو بايدن"}) {
                assertThat(Tokens.of(cached, text)).isEqualTo(Tokens.of(plain, text));
            }
        }
    }

    @Test
    void analysesASentenceWordByWordWithPositionsAndOffsets() {
        Tokens tokens = Tokens.of(ANALYZER, "وقال بايدن للأمم المتحدة");
        assertThat(tokens.terms()).containsExactly("قال", "بايدن", "امم", "متحده");
        assertThat(tokens.positions()).containsExactly(0, 1, 2, 3);
        assertThat(tokens.offsets()).containsExactly("0-4", "5-10", "11-16", "17-24");
    }

    @Test
    void keepsDiacriticsAndTatweelInsideTheWordTheyDecorate() {
        assertThat(Tokens.of(ANALYZER, "التَّحَالُف الــدولي").terms()).containsExactly("تحالف", "دولي");
    }

    @Test
    void keepsThePositionOfADroppedEmptyToken() {
        Tokens tokens = Tokens.of(ANALYZER, "بايدن ـــ ترامب");
        assertThat(tokens.terms()).containsExactly("بايدن", "ترامب");
        assertThat(tokens.positions()).containsExactly(0, 2);
    }

    @Test
    void handlesLatinTokensWithPossessiveAndPluralRemoval() {
        assertThat(Tokens.of(ANALYZER, "Biden's Sanctions on ISIS").terms())
                .containsExactly("biden", "sanction", "on", "isi");
    }

    @Test
    void mapsDigitsToAscii() {
        assertThat(Tokens.of(ANALYZER, "عام ٢٠٢٥").terms()).containsExactly("عام", "2025");
    }

    @Test
    void normalisesMultiTermQueryTextWithoutStemming() {
        assertThat(ANALYZER.normalize("text", "والتحالُف")).isEqualTo(new BytesRef("والتحالف"));
        assertThat(ANALYZER.normalize("text", "Biden")).isEqualTo(new BytesRef("biden"));
    }
}
