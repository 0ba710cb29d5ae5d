package dev.rasd.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArabicCanonicalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "للأمم المتحدة, الأمم المتحدة",
        "لداعش, داعش",
        "بالبيت الأبيض, البيت الأبيض",
        "وبايدن, بايدن",
        "والتحالف الدولي, التحالف الدولي",
        "لإيران, إيران",
        "فرنسا, فرنسا",
        "للبنان, لبنان",
        "البيت الأبيض, البيت الأبيض",
        "وحدات حماية الشعب, وحدات حماية الشعب",
        "ووحدات حماية الشعب, وحدات حماية الشعب",
    })
    void dropsConjunctionAndPrepositionButKeepsTheArticle(String surface, String canonical) {
        assertThat(ArabicCanonicalizer.canonical(surface)).isEqualTo(canonical);
    }

    @Test
    void stripsProcliticsFromTheFirstWordOnly() {
        assertThat(ArabicCanonicalizer.canonical("وزير الخارجية لبنان")).isEqualTo("وزير الخارجية لبنان");
        assertThat(ArabicCanonicalizer.canonical("ولي العهد")).isEqualTo("ولي العهد");
        assertThat(ArabicCanonicalizer.canonical("ومجلس الأمن")).isEqualTo("مجلس الأمن");
    }

    @Test
    void removesMarksAndCollapsesWhitespace() {
        assertThat(ArabicCanonicalizer.canonical("  بِالبَيْتِ \u200F  الأَبْيَضِ ")).isEqualTo("البيت الأبيض");
    }

    @Test
    void keepsLatinNamesAsWritten() {
        assertThat(ArabicCanonicalizer.canonical("Joe  Biden")).isEqualTo("Joe Biden");
    }

    @Test
    void emptyOrInvisibleSurfaceGivesEmptyForm() {
        assertThat(ArabicCanonicalizer.canonical(" \u200F ")).isEmpty();
        assertThat(ArabicCanonicalizer.matchingKey("")).isEmpty();
    }

    @Test
    void spellingVariantsShareOneMatchingKey() {
        assertThat(ArabicCanonicalizer.matchingKey("البيت الابيض"))
                .isEqualTo(ArabicCanonicalizer.matchingKey("البيت الأبيض"))
                .isEqualTo(ArabicCanonicalizer.matchingKey("بالبيتِ الأبيض"))
                .isEqualTo("البيت الابيض");
        assertThat(ArabicCanonicalizer.matchingKey("للأمم المتحدة")).isEqualTo("الامم المتحده");
        assertThat(ArabicCanonicalizer.matchingKey("Joe Biden")).isEqualTo("joe biden");
    }
}
