package dev.rasd.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"ara, ar", "eng, en", "fra, fr", "tur, tr", "urd, ur", "pus, ps", "heb, he", "ind, id", "yid, yi",
            "pes, fa", "fas, fa", "ekk, et", "cmn, zh", "pnb, pnb", "ceb, ceb", "ENG, en"})
    void prefersTheTwoLetterCode(String iso639_3, String bcp47) {
        assertThat(LanguageTags.fromIso639_3(iso639_3)).isEqualTo(bcp47);
    }
}
