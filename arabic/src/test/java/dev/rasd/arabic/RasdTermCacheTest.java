package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RasdTermCacheTest {

    private static final String NEWS = "وقال بايدن للأمم المتحدة إن التَّحَالُف الــدولي ـــ يواصل حكومتها والمصريون "
            + "Biden's sanctions ١٢٣ 2024 لإيران ولاريجاني ﻻ";

    @ParameterizedTest
    @ValueSource(strings = {"والتحالف", "لإيران", "لاريجاني", "حكومتها", "المصريون", "Biden's", "Sanctions", "ISIS",
            "٢٠٢٥", "2025", "دَاعِش", "ﻻ"})
    void givesTheTermTheAnalyzerIndexes(String token) {
        RasdTermCache cache = new RasdTermCache(16);
        List<String> expected = Tokens.of(new RasdAnalyzer(), token).terms();

        assertThat(expected).hasSize(1);
        assertThat(cache.termOf(token)).isEqualTo(expected.getFirst());
        assertThat(cache.termOf(token)).as("from the cache").isEqualTo(expected.getFirst());
    }

    @Test
    void givesNullForATokenTheAnalysisDrops() {
        assertThat(new RasdTermCache(16).termOf("ـــ")).isNull();
    }

    @Test
    void aCachedAnalyzerProducesTheSameTermsPositionsAndOffsets() {
        Analyzer cached = new RasdAnalyzer(new RasdTermCache(1 << 10));

        for (int pass = 0; pass < 2; pass++) {
            assertThat(Tokens.of(cached, NEWS)).isEqualTo(Tokens.of(new RasdAnalyzer(), NEWS));
        }
    }

    @Test
    void analyseHandsOverWhatTheAnalyzerProduces() {
        RasdTermCache cache = new RasdTermCache(1 << 10);
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> offsets = new ArrayList<>();
        int[] position = {-1};
        cache.analyse(NEWS, (term, start, end, increment) -> {
            terms.add(term);
            positions.add(position[0] += increment);
            offsets.add(start + "-" + end);
        });

        assertThat(new Tokens(terms, positions, offsets)).isEqualTo(Tokens.of(new RasdAnalyzer(), NEWS));
    }

    @Test
    void countsHitsAndMissesButNotNumbers() {
        RasdTermCache cache = new RasdTermCache(16);
        cache.termOf("بايدن");
        cache.termOf("بايدن");
        cache.termOf("2024");

        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void staysCorrectWhenTheVocabularyOverflowsItsCapacity() {
        RasdTermCache cache = new RasdTermCache(2);
        Analyzer plain = new RasdAnalyzer();
        for (int round = 0; round < 3; round++) {
            for (String word : NEWS.split(" ")) {
                assertThat(cache.termOf(word)).as(word)
                        .isEqualTo(Tokens.of(plain, word).terms().stream().findFirst().orElse(null));
            }
        }
        assertThat(cache.misses()).as("two entries cannot hold the vocabulary").isGreaterThan(NEWS.split(" ").length);
    }

    @Test
    void givesTheSameTermsFromManyThreads() throws Exception {
        RasdTermCache cache = new RasdTermCache(8);
        List<String> expected = Tokens.of(new RasdAnalyzer(), NEWS).terms();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    List<String> terms = new ArrayList<>();
                    cache.analyse(NEWS, (term, start, end, increment) -> terms.add(term));
                    return terms;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesACapacityOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RasdTermCache(1))
                .withMessage("capacity must be in [2, 2^30], was 1");
    }
}
